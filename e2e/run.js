#!/usr/bin/env node
// `npm run e2e`: runs the Playwright suite in Debian's Chromium.
// Without /usr/bin/chromium: a failure under CI=true (never a silent skip there), otherwise
// a clear "skipped" message and exit 0 so `npm test` works on a machine without a browser.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';
const ci = ['true', '1'].includes(String(process.env.CI).toLowerCase());

if (!existsSync(CHROMIUM)) {
  if (ci) {
    console.error(
      `e2e: ${CHROMIUM} is missing and CI=true — the browser tests cannot run (apt-get install chromium).`,
    );
    process.exit(1);
  }
  console.log('e2e skipped: Chromium not installed (apt-get install chromium)');
  process.exit(0);
}

const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
});
if (result.error) {
  console.error(`e2e: could not start Playwright: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
