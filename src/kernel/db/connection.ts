// One module opens the database: embedded PGlite in a data directory, or a PostgreSQL server.
// Both run the same SQL and the same generated migrations.
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Logger } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { lockDataDir, type DataDirLock } from './data-dir-lock.ts';

/** A database or an open transaction: repositories accept either. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

export interface Database {
  readonly kind: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs fn in one transaction; everything a use case writes commits or rolls back together. */
  transaction<T>(fn: (tx: Db) => Promise<T>): Promise<T>;
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export type DatabaseOptions = (
  | { kind: 'postgres'; url: string; poolSize?: number }
  | { kind: 'pglite'; dataDir: string | null } // null: in memory (tests)
) & {
  /**
   * Called, synchronously and in the caller's async context, with every statement the app's
   * queries send (not the migrator's). The API tests count a read's statements with it.
   */
  onStatement?: (sql: string) => void;
};

const migrationsFolder = fileURLToPath(new URL('./migrations', import.meta.url));
// Several app instances may start together against one server: migrate under a lock.
const MIGRATION_LOCK_KEY = 720_431_001;

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const logger = options.onStatement ? statementLogger(options.onStatement) : undefined;
  return options.kind === 'postgres'
    ? openPostgres(options.url, options.poolSize ?? 10, logger)
    : openPglite(options.dataDir, logger);
}

function statementLogger(onStatement: (sql: string) => void): Logger {
  return { logQuery: (query) => onStatement(query) };
}

async function openPglite(dataDir: string | null, logger?: Logger): Promise<Database> {
  const lock: DataDirLock | null = dataDir ? lockDataDir(dataDir) : null;
  let client: PGlite;
  try {
    // Trigram search (ADR 031) needs pg_trgm; PGlite ships it as a contrib bundle loaded here,
    // so migration 0015's CREATE EXTENSION finds it as PostgreSQL does.
    client = await PGlite.create(dataDir ?? undefined, { extensions: { pg_trgm } });
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { logger }) as unknown as Db;
  return {
    kind: 'pglite',
    db,
    transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
    migrate: () => migratePglite(drizzlePglite(client), { migrationsFolder }),
    async close() {
      try {
        await client.close();
      } finally {
        lock?.release();
      }
    },
  };
}

async function openPostgres(url: string, poolSize: number, logger?: Logger): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // An idle client can be cut by the server (restart, admin shutdown). Without a listener the
  // 'error' event would crash the process; the pool drops that client and opens a new one.
  pool.on('error', () => {});
  // Fail fast with the server's own message when the URL is wrong.
  const probe = await pool.connect();
  probe.release();
  const db = drizzlePg(pool, { logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    transaction: (fn) => db.transaction((tx) => fn(tx as unknown as Db)),
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
        await migratePg(drizzlePg(client), { migrationsFolder });
      } finally {
        await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
