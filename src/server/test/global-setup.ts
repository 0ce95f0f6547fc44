import pg from 'pg';
import { loadTestSettings } from '../../kernel/config.ts';

/**
 * With CI=true the PostgreSQL run is mandatory: a missing database fails, never skips.
 * Afterwards, drops any per-suite database a crashed suite left behind on the server (one that
 * nobody is connected to).
 */
export default function globalSetup() {
  const settings = loadTestSettings();
  if (settings.ci && !settings.databaseUrl) {
    throw new Error(
      'CI=true but TEST_DATABASE_URL is not set: the API suite must also run on PostgreSQL.',
    );
  }
  const base = settings.databaseUrl;
  if (!base) return undefined;
  return async function teardown() {
    const prefix = new URL(base).pathname.slice(1).toLowerCase() || 'conveyor';
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      // Only databases nobody is connected to: another suite running beside this one on the
      // same server (a second checkout, a benchmark) keeps its own.
      const { rows } = await client.query<{ datname: string }>(
        `select datname from pg_database d where datname ~ $1
           and not exists (select 1 from pg_stat_activity a where a.datname = d.datname)`,
        [`^${prefix.replace(/[^a-z0-9_]/g, '')}_[0-9a-f]{10}$`],
      );
      for (const { datname } of rows) {
        try {
          await client.query(`drop database if exists "${datname}"`);
        } catch {
          // Someone connected in the meantime: theirs, not a leftover.
        }
      }
    } finally {
      await client.end();
    }
  };
}
