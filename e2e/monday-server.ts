// A server whose clock reads a Monday morning, over a fresh in-memory demo company built up to
// that Monday (issue 17: "on the demo on a Monday, no lamp is red only because the week has just
// begun"). The shared e2e server starts empty with the real clock, so read-true.spec.ts starts
// this one beside it: `node --import tsx e2e/monday-server.ts <port> <web dir>`. It prints
// "ready <admin e-mail>" once it listens.
import type { Clock } from '../src/kernel/app/context.ts';
import { createRunner } from '../src/kernel/app/runner.ts';
import { loadConfig } from '../src/kernel/config.ts';
import { openDatabase } from '../src/kernel/db/connection.ts';
import { buildServer } from '../src/kernel/http/server.ts';
import { runDemo } from '../src/modules/demo/index.ts';
import { DEMO_PASSWORD } from '../src/modules/demo/index.ts';
import { hashPassword } from '../src/modules/identity/index.ts';
import { serverModules, serverReactions } from '../src/server/modules.ts';

const DAY = 86_400_000;

/** The last Monday at 08:00 UTC (09:00 in Warsaw, 08:00 in London in winter): a week just begun. */
export function lastMondayMorning(now: Date): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const sinceMonday = (new Date(today).getUTCDay() + 6) % 7;
  return new Date(today - sinceMonday * DAY + 8 * 3_600_000);
}

const port = Number(process.argv[2] ?? 3124);
const monday = lastMondayMorning(new Date());
// The clock starts at Monday 08:00 and runs on from there, so sessions and writes still age.
const started = Date.now();
const clock: Clock = { now: () => new Date(monday.getTime() + (Date.now() - started)) };

const database = await openDatabase({ kind: 'pglite', dataDir: null });
await database.migrate();
const demo = await runDemo(database, {
  seed: 0,
  size: 'small',
  locale: 'en',
  now: monday,
  passwordHash: await hashPassword(DEMO_PASSWORD),
  reactions: serverReactions,
});
const runner = createRunner(database, clock, serverReactions);
const config = { ...loadConfig({}, {}), logLevel: 'silent' as const, port };
const app = await buildServer({ config, runner, modules: serverModules, serveWeb: true });
await app.listen({ host: '127.0.0.1', port });
console.log(`ready ${demo.adminEmail} ${DEMO_PASSWORD} ${monday.toISOString()}`);
process.on('SIGTERM', () => void app.close().then(() => process.exit(0)));
