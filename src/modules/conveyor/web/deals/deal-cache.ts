import type { QueryClient } from '@tanstack/react-query';
import type { BoardDeals } from '../api/board-deals-query.ts';
import { dealQuery } from '../api/deal-query.ts';
import type { Deal } from '../api/types.ts';
import { dealKeys } from '../keys.ts';
import { placeOnBoard } from './place-on-board.ts';

/**
 * Puts a deal as the server answered into every cached view of it: its record and each board of
 * its pipeline (whatever the filters), so nothing needs refetching to show it.
 */
export function storeDeal(queryClient: QueryClient, deal: Deal): void {
  queryClient.setQueryData(dealKeys.detail(deal.id), deal);
  const boards = queryClient.getQueriesData<BoardDeals>({
    queryKey: dealKeys.boards(deal.pipelineId),
  });
  for (const [queryKey, board] of boards) {
    if (board) queryClient.setQueryData(queryKey, placeOnBoard(board, deal));
  }
}

/**
 * After a change to something the deal shows (its next activity), the deal alone is fetched
 * again and stored everywhere, rather than every board column it may stand in.
 */
export async function refreshDeal(queryClient: QueryClient, dealId: string): Promise<void> {
  try {
    storeDeal(queryClient, await queryClient.fetchQuery({ ...dealQuery(dealId), staleTime: 0 }));
  } catch {
    // The change itself went through; the deal shows its last known state until next loaded.
  }
}

/** What a change of a deal's stage, status, value or owner makes stale besides the deal itself. */
export function dealChangeKeys(deal: Deal) {
  return [
    dealKeys.stageTotalsOf(deal.pipelineId),
    dealKeys.history(deal.id),
    dealKeys.myDayLists,
  ] as const;
}

/**
 * What to reload when a write to the deal is refused as stale (412): the deal, its board and
 * the column totals, so the user starts again from what is there now.
 */
export function staleDealKeys(deal: Pick<Deal, 'id' | 'pipelineId'>) {
  return [
    dealKeys.detail(deal.id),
    dealKeys.boards(deal.pipelineId),
    dealKeys.stageTotalsOf(deal.pipelineId),
  ] as const;
}
