import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type Database } from '../../kernel/db/connection.ts';
import { loadTestSettings } from '../../kernel/config.ts';

export type TestDatabaseKind = 'pglite' | 'postgres';

/** PGlite always; the PostgreSQL server too when TEST_DATABASE_URL is set (CI sets it). */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return loadTestSettings().databaseUrl ? ['pglite', 'postgres'] : ['pglite'];
}

async function adminQuery(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

/**
 * A migrated, empty database of its own: in-memory PGlite, or a freshly created database on the
 * server (named after TEST_DATABASE_URL's, dropped on close). Never shared leftover state.
 */
export async function openTestDatabase(
  kind: TestDatabaseKind,
  onStatement?: (sql: string) => void,
): Promise<Database> {
  if (kind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite', dataDir: null, onStatement });
    await database.migrate();
    return database;
  }
  const base = loadTestSettings().databaseUrl;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const url = new URL(base);
  const name =
    `${url.pathname.slice(1) || 'conveyor'}_${randomBytes(5).toString('hex')}`.toLowerCase();
  await adminQuery(base, `create database "${name}"`);
  url.pathname = `/${name}`;
  const database = await openDatabase({
    kind: 'postgres',
    url: url.toString(),
    poolSize: 5,
    onStatement,
  });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      await adminQuery(base, `drop database if exists "${name}" with (force)`);
    },
  };
}
