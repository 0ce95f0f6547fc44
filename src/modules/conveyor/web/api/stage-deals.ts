import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { type BoardFilters, filterQuery } from './board-filters.ts';
import type { BoardDeal } from './types.ts';

/** Cards a column draws at first and adds per "show more": the rest wait until asked for. */
export const BOARD_PAGE = 50;

/** `pages` pages of a stage's open deals (`GET /deals`), from `cursor` (the start when null). */
export async function stageDeals(
  pipelineId: string,
  stageId: string,
  filters: BoardFilters,
  pages: number,
  cursor: string | null = null,
): Promise<{ deals: BoardDeal[]; nextCursor: string | null }> {
  const deals: BoardDeal[] = [];
  let next = cursor;
  for (let page = 0; page < pages; page++) {
    const answer = await unwrap(
      api.GET('/api/v1/deals', {
        params: {
          query: {
            pipelineId,
            stageId,
            status: 'open',
            ...filterQuery(filters),
            limit: BOARD_PAGE,
            ...(next ? { cursor: next } : {}),
          },
        },
      }),
    );
    deals.push(...answer.items);
    next = answer.nextCursor ?? null;
    if (!next) break;
  }
  return { deals, nextCursor: next };
}
