import { openDatabase, type Database } from '../kernel/db/connection.ts';
import type { Config } from '../kernel/config.ts';

/** PostgreSQL when a URL is configured, otherwise embedded PGlite in the data directory. */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const database = config.databaseUrl
    ? await openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : await openDatabase({ kind: 'pglite', dataDir: config.dataDir });
  await database.migrate();
  return database;
}

export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.host}${url.pathname}`;
}
