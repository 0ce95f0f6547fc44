import type { BoardDeals } from '../api/board-deals-query.ts';
import { matchesFilters } from '../api/board-filters.ts';
import type { Deal } from '../api/types.ts';

/**
 * The board with one deal as it now is: taken off when it is closed or no longer matches the
 * board's filters, else drawn in its stage where the server would list it (by id), so the
 * board looks as a refetch would draw it.
 */
export function placeOnBoard(board: BoardDeals, deal: Deal): BoardDeals {
  const others = board.deals.filter((d) => d.id !== deal.id);
  if (deal.status !== 'open' || !matchesFilters(deal, board.filters)) {
    return others.length === board.deals.length ? board : { ...board, deals: others };
  }
  const after = others.findIndex((d) => d.stageId === deal.stageId && d.id > deal.id);
  const deals = [...others];
  deals.splice(after < 0 ? deals.length : after, 0, deal);
  return { ...board, deals };
}
