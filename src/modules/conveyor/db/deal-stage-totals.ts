import { and, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { deals } from './schema.ts';
import { dealConditions, type DealQuery } from './deals-repo.ts';

export interface StageTotalRow {
  stageId: string;
  currency: string;
  count: number;
  value: number;
}

/**
 * How many deals each stage holds under a board's filters, and their value per currency: the
 * column headers of a board that only draws its first cards.
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
    })
    .from(deals)
    .where(and(...dealConditions(workspaceId, { ...q, stageId: null }), visible(deals.ownerId)))
    .groupBy(deals.stageId, deals.currency);
  return rows.map((r) => ({ ...r, value: Number(r.value) }));
}
