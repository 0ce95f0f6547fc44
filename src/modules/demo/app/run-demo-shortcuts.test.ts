import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { Database } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { openTestDatabase, testDatabaseKinds } from '../../../server/test/databases.ts';
import { runDemo } from './run-demo.ts';
import { serverReactions } from '../../../server/modules.ts';

const NOW = new Date('2026-11-19T15:00:00Z');
const HASH = 'scrypt$65536$8$1$c2FsdA$a2V5';
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;
const STAMP = /"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?)"/g;

/**
 * Every table's rows, as a digest each: ids (random) and wall-clock stamps (after the simulated
 * end of history) taken out, random secrets (a form's key, token hashes) left out.
 */
async function tables(database: Database): Promise<Record<string, string>> {
  const names = await rawRows<{ name: string }>(
    database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by 1`,
  );
  const out: Record<string, string> = {};
  for (const { name } of names) {
    const rows = await rawRows<{ row: string }>(
      database.db,
      sql`select (to_jsonb(t) - 'key' - 'token_hash' - 'id_hash')::text as row
          from ${sql.identifier(name)} t`,
    );
    const lines = rows
      .map((r) =>
        r.row
          .replace(UUID, 'ID')
          .replace(STAMP, (whole, at: string) => (Date.parse(at) > NOW.getTime() ? 'NOW' : whole)),
      )
      .sort();
    out[name] = `${lines.length} ${createHash('sha256').update(lines.join('\n')).digest('hex')}`;
  }
  return out;
}

async function build(kind: Parameters<typeof openTestDatabase>[0], shortcuts: boolean) {
  const database = await openTestDatabase(kind);
  try {
    await runDemo(database, {
      reactions: serverReactions,
      seed: 11,
      size: 'tiny',
      locale: 'en',
      now: NOW,
      passwordHash: HASH,
      shortcuts,
    });
    return await tables(database);
  } finally {
    await database.close();
  }
}

describe.each(testDatabaseKinds())('the demo built with its batch shortcuts on %s', (kind) => {
  it('writes exactly what it writes without them: every row of every table', async () => {
    const plain = await build(kind, false);
    const quick = await build(kind, true);
    expect(quick).toEqual(plain);
    // A real company was built: events, their rollup, activities and audit entries.
    for (const table of ['events', 'event_rollups', 'activities', 'audit_entries', 'deals'])
      expect(Number(plain[table]!.split(' ')[0])).toBeGreaterThan(0);
  }, 300_000);
});
