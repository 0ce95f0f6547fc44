import type { BoardDeals } from '../api/board-deals-query.ts';
import { matchesFilters } from '../api/board-filters.ts';
import type { BoardDeal, Deal } from '../api/types.ts';

/**
 * The board with one deal as it now is: taken off when it is closed or no longer matches the
 * board's filters, else drawn in its stage where the server would list it (by id), so the
 * board looks as a refetch would draw it.
 */
export function placeOnBoard(board: BoardDeals, changed: Deal): BoardDeals {
  const others = board.deals.filter((d) => d.id !== changed.id);
  const deal = withKnownCompany(
    changed,
    board.deals.find((d) => d.id === changed.id),
  );
  if (deal.status !== 'open' || !matchesFilters(deal, board.filters)) {
    return others.length === board.deals.length ? board : { ...board, deals: others };
  }
  const after = others.findIndex((d) => d.stageId === deal.stageId && d.id > deal.id);
  const deals = [...others];
  deals.splice(after < 0 ? deals.length : after, 0, deal);
  return { ...board, deals };
}

/**
 * A deal answered by a single-deal operation carries no company name: it keeps the one the board
 * drew while its company is the same (a move, a win); a new company is left for the card to ask.
 */
function withKnownCompany(changed: BoardDeal, drawn: BoardDeal | undefined): BoardDeal {
  if (changed.companyName !== undefined || drawn?.companyId !== changed.companyId) return changed;
  return drawn.companyName === undefined ? changed : { ...changed, companyName: drawn.companyName };
}
