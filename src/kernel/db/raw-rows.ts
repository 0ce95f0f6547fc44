import type { SQL } from 'drizzle-orm';
import type { Db } from './connection.ts';

/**
 * Runs hand-written SQL and returns its rows. Both drivers (node-postgres and PGlite) answer
 * `execute` with `{ rows }`; the shared Db type cannot say so, hence this one narrowing place.
 */
export async function rawRows<T>(tx: Db, query: SQL): Promise<T[]> {
  const result = (await tx.execute(query)) as { rows: T[] };
  return result.rows;
}
