import type { Deal } from './types.ts';

/** The board's filters, applied by the server. */
export interface BoardFilters {
  ownerId: string | null;
  stuck: boolean;
  noNextActivity: boolean;
}

/** What the board shows before the user picks a filter. */
export const NO_BOARD_FILTERS: BoardFilters = {
  ownerId: null,
  stuck: false,
  noNextActivity: false,
};

/** The filters as the API's query parameters (`GET /deals`, `GET /deals/stage-totals`). */
export function filterQuery(filters: BoardFilters) {
  return {
    ...(filters.ownerId ? { ownerId: filters.ownerId } : {}),
    ...(filters.stuck ? { stuck: 'true' as const } : {}),
    ...(filters.noNextActivity ? { noNextActivity: 'true' as const } : {}),
  };
}

/** Whether an open deal belongs on a board under these filters, as the server judges it. */
export function matchesFilters(deal: Deal, filters: BoardFilters): boolean {
  if (filters.ownerId && deal.ownerId !== filters.ownerId) return false;
  if (filters.stuck && !deal.stuck) return false;
  if (filters.noNextActivity && deal.nextActivity) return false;
  return true;
}
