import { queryOptions } from '@tanstack/react-query';
import { dealKeys } from '../keys.ts';
import type { BoardFilters } from './board-filters.ts';
import { stageDeals } from './stage-deals.ts';
import type { BoardDeal, Pipeline, Stage } from './types.ts';

/** A pipeline's stages in board order. */
export function boardStages(pipeline: Pipeline | undefined): Stage[] {
  return [...(pipeline?.stages ?? [])].sort((a, b) => a.order - b.order);
}

/**
 * The cards the board has drawn, per stage the cursor of the next page (null: all shown), and
 * the filters they were fetched under (so a changed deal can be put on or taken off the board).
 */
export interface BoardDeals {
  deals: BoardDeal[];
  more: Record<string, string | null>;
  filters: BoardFilters;
}

/**
 * The open deals of a pipeline, the first page of every stage at once. `pagesOf` says how many
 * pages a column had shown, so a refetch keeps the columns the user opened up.
 */
export const boardDealsQuery = (
  pipelineId: string,
  stageIds: string[],
  filters: BoardFilters,
  pagesOf: (stageId: string) => number = () => 1,
) =>
  queryOptions({
    queryKey: dealKeys.board(pipelineId, stageIds, filters),
    queryFn: async (): Promise<BoardDeals> => {
      const columns = await Promise.all(
        stageIds.map((stageId) => stageDeals(pipelineId, stageId, filters, pagesOf(stageId))),
      );
      return {
        deals: columns.flatMap((c) => c.deals),
        more: Object.fromEntries(stageIds.map((id, i) => [id, columns[i]?.nextCursor ?? null])),
        filters,
      };
    },
    enabled: Boolean(pipelineId) && stageIds.length > 0,
  });
