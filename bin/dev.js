#!/usr/bin/env node
// `npm run dev`: the API on :3000 and Vite's dev server (hot reload, proxying /api) together.
// When either stops, or on Ctrl+C, both stop — no server is left running in the background.
import { spawn } from 'node:child_process';

const children = [
  spawn(
    process.execPath,
    ['bin/conveyor.js', 'serve', '--port', '3000', ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  ),
  spawn('npx', ['vite', '--config', 'src/web/vite.config.ts'], { stdio: 'inherit' }),
];

let stopping = false;
function stopAll(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) if (child.exitCode === null) child.kill('SIGTERM');
  process.exitCode = code;
}

for (const child of children) child.on('exit', (code) => stopAll(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stopAll(0));
