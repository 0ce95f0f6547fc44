// Builds the demo into a fresh PGlite data directory (as the first `npm start` does), times it,
// and prints a fingerprint of what was built: every table's rows with the random ids and the
// wall-clock stamps taken out, plus the lamp readings the map shows. Two builds of the same seed
// and clock must print the same fingerprint, so a speed-up of the build can be checked to change
// nothing it builds:
//   npx tsx bench/demo-fingerprint.ts [out.json] [--statements]
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { EVERY_RECORD, type Actor } from '../src/kernel/app/context.ts';
import { createRunner } from '../src/kernel/app/runner.ts';
import { openDatabase, type Database } from '../src/kernel/db/connection.ts';
import { rawRows } from '../src/kernel/db/raw-rows.ts';
import { readLampReadings } from '../src/modules/map/index.ts';
import { runDemo, SimulatedClock } from '../src/modules/demo/app/run-demo.ts';
import { serverReactions } from '../src/server/modules.ts';

// A fixed end of history: the same seed must then give the same company.
const NOW = new Date('2026-11-19T15:00:00Z');
const SEED = 20240601;
const HASH = 'scrypt$65536$8$1$c2FsdA$a2V5';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
// Stamps after the simulated end of history come from the wall clock (defaultNow), not the plan.
const STAMP = /"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?)"/g;

function scrub(text: string): string {
  return text
    .replace(UUID, 'ID')
    .replace(STAMP, (whole, at: string) => (Date.parse(at) > NOW.getTime() ? '"NOW"' : whole));
}

async function tableDigests(database: Database): Promise<Record<string, string>> {
  const tables = await rawRows<{ name: string }>(
    database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await rawRows<{ row: string }>(
      database.db,
      sql`select (to_jsonb(t) - 'key' - 'token_hash' - 'id_hash')::text as row from ${sql.identifier(name)} t`,
    );
    const lines = rows.map((r) => scrub(r.row)).sort();
    out[name] =
      `${lines.length} rows ` + createHash('sha256').update(lines.join('\n')).digest('hex');
  }
  return out;
}

async function summary(database: Database, workspaceId: string) {
  const ws = sql`${workspaceId}::uuid`;
  const [deals] = await rawRows<Record<string, number>>(
    database.db,
    sql`select count(*)::int as deals,
          count(*) filter (where status = 'won')::int as won,
          count(*) filter (where status = 'lost')::int as lost,
          coalesce(sum(value) filter (where status = 'won'), 0)::float8 as "wonTotal"
        from deals where workspace_id = ${ws}`,
  );
  const [counts] = await rawRows<Record<string, number>>(
    database.db,
    sql`select (select count(*)::int from events where workspace_id = ${ws}) as events,
          (select count(*)::int from activities where workspace_id = ${ws}) as activities,
          (select count(*)::int from leads where workspace_id = ${ws}) as leads,
          (select count(*)::int from lamp_readings where workspace_id = ${ws}) as "storedReadings"`,
  );
  const [admin] = await rawRows<{ user_id: string }>(
    database.db,
    sql`select user_id from memberships where workspace_id = ${ws} and role = 'admin'`,
  );
  const actor: Actor = {
    userId: admin!.user_id,
    workspaceId,
    role: 'admin',
    scopes: ['api'],
    records: EVERY_RECORD,
    delegated: false,
  };
  const runner = createRunner(database, new SimulatedClock(NOW.getTime()), serverReactions);
  const lamps = await rawRows<{ id: string; name: string }>(
    database.db,
    sql`select id, name from lamps where workspace_id = ${ws}`,
  );
  const names = new Map(lamps.map((l) => [l.id, l.name]));
  const { readings } = await runner.run(readLampReadings, {}, actor);
  const lampReadings = readings
    .map((r) => `${names.get(r.lampId)} ${r.week} ${r.value} ${r.status}${r.partial ? ' p' : ''}`)
    .sort();
  return { ...deals, ...counts, lampReadings };
}

async function main() {
  const out = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const countStatements = process.argv.includes('--statements');
  const statements = new Map<string, number>();
  const dataDir = await mkdtemp(join(tmpdir(), 'conveyor-demo-fingerprint-'));
  const database = await openDatabase({
    kind: 'pglite',
    dataDir,
    ...(countStatements
      ? { onStatement: (s: string) => statements.set(s, (statements.get(s) ?? 0) + 1) }
      : {}),
  });
  try {
    await database.migrate();
    const loadBefore = loadavg().map((l) => Math.round(l * 10) / 10);
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const demo = await runDemo(database, {
      seed: SEED,
      size: 'small',
      locale: 'en',
      now: NOW,
      reactions: serverReactions,
      passwordHash: HASH,
    });
    const seconds = Math.round(performance.now() - started) / 1000;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuSeconds = Math.round((cpu.user + cpu.system) / 1000) / 1000;
    const loadAfter = loadavg().map((l) => Math.round(l * 10) / 10);
    const fingerprint = {
      summary: await summary(database, demo.workspaceId),
      tables: await tableDigests(database),
    };
    const digest = createHash('sha256').update(JSON.stringify(fingerprint)).digest('hex');
    console.log(
      `built in ${seconds} s (CPU ${cpuSeconds} s; ${demo.deals} deals, ${demo.steps} steps); load ${loadBefore} → ${loadAfter}; fingerprint ${digest}`,
    );
    if (countStatements) {
      const total = [...statements.values()].reduce((a, b) => a + b, 0);
      console.log(`${total} statements`);
      for (const [text, n] of [...statements].sort((a, b) => b[1] - a[1]).slice(0, 25))
        console.log(String(n).padStart(6), text.slice(0, 200).replace(/\s+/g, ' '));
    }
    if (out)
      await writeFile(
        out,
        JSON.stringify(
          { seconds, cpuSeconds, loadBefore, loadAfter, digest, ...fingerprint },
          null,
          1,
        ),
      );
  } finally {
    await database.close();
    await rm(dataDir, { recursive: true, force: true });
  }
}

await main();
