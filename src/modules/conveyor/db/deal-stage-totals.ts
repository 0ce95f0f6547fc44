import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { deals, stages } from './schema.ts';
import { dealConditions, type DealQuery } from './deals-repo.ts';

export interface StageTotalRow {
  stageId: string;
  currency: string;
  count: number;
  value: number;
  /** Σ value × the chance the deal is won (a won deal 100 %, a lost one 0 %, an open one its stage's probability). */
  weighted: number;
}

/**
 * How many deals each stage holds under a board's filters, and their value and weighted value
 * per currency: the column headers of a board that only draws its first cards. Each open deal
 * is weighted and rounded to the cent on its own, as the forecast report weighs it.
 */
export async function dealStageTotals(
  tx: Db,
  workspaceId: string,
  q: Omit<DealQuery, 'afterId' | 'limit' | 'stageId'>,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<StageTotalRow[]> {
  const rows = await tx
    .select({
      stageId: deals.stageId,
      currency: deals.currency,
      count: sql<number>`count(*)::int`,
      value: sql<string>`coalesce(sum(${deals.value}), 0)`,
      weighted: sql<string>`coalesce(sum(case ${deals.status}
        when 'won' then ${deals.value}
        when 'lost' then 0
        else round(${deals.value} * ${stages.probability} / 100.0, 2) end), 0)`,
    })
    .from(deals)
    .innerJoin(stages, and(eq(stages.workspaceId, deals.workspaceId), eq(stages.id, deals.stageId)))
    .where(and(...dealConditions(workspaceId, { ...q, stageId: null }), visible(deals.ownerId)))
    .groupBy(deals.stageId, deals.currency);
  return rows.map((r) => ({ ...r, value: Number(r.value), weighted: Number(r.weighted) }));
}
