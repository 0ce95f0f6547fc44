import { z } from 'zod';
import { listDealViewRows } from '../../db/deal-view-rows.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { decodeCursor, toPage, type Page } from '../../../../kernel/db/pagination.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { viewOfRow, type DealView } from './deal-view.ts';

export interface ListDealsInput {
  pipelineId: string | null;
  stageId: string | null;
  status: 'open' | 'won' | 'lost' | null;
  ownerId: string | null;
  teamId: string | null;
  stuck: boolean | null;
  noNextActivity: boolean | null;
  limit: number;
  cursor: string | null;
}

const idCursor = z.object({ i: z.uuid() });

/** A deal of a list: its view and its company's name (null: none, or not the reader's to see). */
export type DealListView = DealView & { companyName: string | null };

/** One statement, so the route runs it with runner.read (no BEGIN/COMMIT; ADR 022). */
export async function listDeals(
  input: ListDealsInput,
  { actor, tx, clock }: Deps,
): Promise<Page<DealListView>> {
  const afterId = input.cursor ? decodeCursor(input.cursor, idCursor).i : null;
  const now = clock.now();
  const rows = await listDealViewRows(
    tx,
    actor.workspaceId,
    { ...input, now, afterId, limit: input.limit + 1 },
    visibleOwners(actor),
  );
  const page = toPage(rows, input.limit, (row) => ({ i: row.deal.id }));
  return {
    items: page.items.map((row) => ({ ...viewOfRow(row, now), companyName: row.companyName })),
    nextCursor: page.nextCursor,
  };
}
