import { visibleOwners } from '../../../identity/index.ts';
import { z } from 'zod';
import { findDeal } from '../../db/deals-repo.ts';
import { listDealHistory as listRows, type DealHistoryRow } from '../../db/deal-history-repo.ts';
import { decodeCursor, toPage, type Page } from '../../../../kernel/db/pagination.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

/** One event of the deal with the names it refers to. */
export type DealHistoryEntry = DealHistoryRow;

export interface ListDealHistoryInput {
  dealId: string;
  limit: number;
  cursor: string | null;
  /** The deal card's timeline (GET /deals/{id}/timeline): notes and files as they are now. */
  timeline?: boolean;
}

const historyCursor = z.object({ o: z.iso.datetime(), v: z.enum(['0', '1']), i: z.uuid() });

/**
 * A deal's history, newest first, from the append-only event log. Whoever may read the deal
 * (GET /deals/{id}) may read its history.
 */
export async function listDealHistory(
  input: ListDealHistoryInput,
  { actor, tx }: Deps,
): Promise<Page<DealHistoryEntry>> {
  if (!(await findDeal(tx, actor.workspaceId, input.dealId, false, visibleOwners(actor)))) {
    throw notFound('deal');
  }
  const key = input.cursor ? decodeCursor(input.cursor, historyCursor) : null;
  const rows = await listRows(tx, actor.workspaceId, {
    dealId: input.dealId,
    before: key ? { occurredAt: new Date(key.o), override: key.v === '1', id: key.i } : null,
    limit: input.limit + 1,
    timeline: input.timeline ?? false,
  });
  return toPage(rows, input.limit, (r) => ({
    o: r.occurredAt.toISOString(),
    v: r.type === 'deal.gate_overridden' ? '1' : '0',
    i: r.id,
  }));
}
