import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import type { SearchContribution, SearchTerms } from '../../../kernel/db/search-sql.ts';
import type { SearchKind } from '../../../contract/search.ts';

export interface SearchRow {
  kind: SearchKind;
  id: string;
  title: string;
  subtitle: string;
  rank: number;
}

/**
 * Every contribution's best matches in ONE statement: their SELECTs united, then ranked together
 * (rank, then the shorter title, then the title) and cut to the limit.
 */
export async function searchRecords(
  tx: Db,
  parts: ReadonlyArray<SearchContribution>,
  terms: SearchTerms,
): Promise<SearchRow[]> {
  if (parts.length === 0) return [];
  // No parallel workers for this statement (the caller's transaction only): each part reads a
  // few index pages, but a match count the planner cannot foresee (a word prefix is guessed at
  // thousands of rows) makes it plan workers, whose start-up cost more than the search itself —
  // 100+ ms on a busy server at 1M deals (ADR 031).
  await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
  const selects = parts.map((part) => sql`(${part.select(terms)})`);
  const rows = await rawRows<SearchRow>(
    tx,
    sql`select kind, id, title, subtitle, rank
      from (${sql.join(selects, sql` union all `)}) as results
      order by rank desc, length(title), title, id
      limit ${terms.limit}`,
  );
  return rows.map((row) => ({ ...row, rank: Number(row.rank) }));
}
