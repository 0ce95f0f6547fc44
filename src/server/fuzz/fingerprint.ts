// A fingerprint of everything the database holds: per table, its row count and the sum of its
// rows' `xmin` (the transaction that wrote each row version), so an inserted, updated or deleted
// row shows — a rolled-back write leaves no visible row version, a committed one always does.
// One statement over every table, cheap enough to take between single requests (no row is read
// as a whole). The tables with a column a request may move without changing data are hashed
// without it instead.
import { sql } from 'drizzle-orm';
import type { Database } from '../../kernel/db/connection.ts';
import { rawRows } from '../../kernel/db/raw-rows.ts';

/**
 * Columns a request may move without changing data: the moment a token was last used (every
 * authenticated request marks it, ADR 022).
 */
const VOLATILE_COLUMNS = ['last_used_at'];

/**
 * Where the write-ahead log stood, and (for a full fingerprint) every table's count and sum. No
 * committed change leaves the log where it was, so an unmoved log means nothing changed; a moved
 * one may also be a write that rolled back, which only the tables can tell.
 */
export interface Fingerprint {
  lsn: string;
  tables?: Map<string, string>;
}

const LSN = 'select pg_current_wal_lsn()::text as lsn';

export class Fingerprinter {
  private statement: string | null = null;
  taken = 0;
  marks = 0;
  /** Time spent fingerprinting, in milliseconds. */
  spent = 0;

  constructor(private readonly database: Database) {}

  private async prepare(): Promise<string> {
    if (this.statement) return this.statement;
    const tables = await rawRows<{ name: string; volatile: boolean }>(
      this.database.db,
      sql`select t.table_name as name,
                 exists (select 1 from information_schema.columns c
                         where c.table_schema = 'public' and c.table_name = t.table_name
                           and c.column_name in (${sql.join(
                             VOLATILE_COLUMNS.map((c) => sql`${c}`),
                             sql`, `,
                           )})) as volatile
          from information_schema.tables t
          where t.table_schema = 'public' and t.table_type = 'BASE TABLE' order by t.table_name`,
    );
    if (!tables.length) throw new Error('No tables to fingerprint');
    const strip = VOLATILE_COLUMNS.map((c) => ` - '${c}'`).join('');
    this.statement = tables
      .map(({ name, volatile }) => {
        const rows = volatile
          ? `hashtext((to_jsonb(t)${strip})::text)::bigint`
          : `xmin::text::bigint`;
        return (
          `select '${name}' as name, count(*)::text || ':' || coalesce(sum(${rows}), 0)::text ` +
          `as hash from "${name}" t`
        );
      })
      .join(' union all ');
    this.statement += ` union all select '~lsn', pg_current_wal_lsn()::text`;
    return this.statement;
  }

  /**
   * Where the log stands: one cheap statement. On a PostgreSQL server the log is the whole
   * cluster's (other databases move it), so there the mark is a full fingerprint.
   */
  async mark(): Promise<Fingerprint> {
    if (this.database.kind === 'postgres') return this.take();
    this.marks += 1;
    const started = performance.now();
    const [row] = await rawRows<{ lsn: string }>(this.database.db, sql.raw(LSN));
    this.spent += performance.now() - started;
    return { lsn: row!.lsn };
  }

  /** The log's position and every table's fingerprint. */
  async take(): Promise<Fingerprint> {
    const statement = await this.prepare();
    this.taken += 1;
    const started = performance.now();
    const rows = await rawRows<{ name: string; hash: string }>(
      this.database.db,
      sql.raw(statement),
    );
    this.spent += performance.now() - started;
    const lsn = rows.find((r) => r.name === '~lsn')!.hash;
    return {
      lsn,
      tables: new Map(rows.filter((r) => r.name !== '~lsn').map((r) => [r.name, r.hash])),
    };
  }
}

/** Whether nothing changed between the two: the log did not move, or no table changed. */
export function unchanged(before: Fingerprint, after: Fingerprint): boolean {
  if (before.lsn === after.lsn) return true;
  return !!before.tables && !!after.tables && changedTables(before, after).length === 0;
}

/** The tables whose fingerprint differs (empty: nothing changed); both must be full. */
export function changedTables(before: Fingerprint, after: Fingerprint): string[] {
  if (before.lsn === after.lsn) return [];
  if (!before.tables || !after.tables) throw new Error('Compare full fingerprints (take)');
  const [a, b] = [before.tables, after.tables];
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((name) => a.get(name) !== b.get(name)).sort();
}
