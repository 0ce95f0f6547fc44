import { type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import type { BoardDeals } from '../api/board-deals-query.ts';
import type { BoardFilters } from '../api/board-filters.ts';
import { stageDeals } from '../api/stage-deals.ts';

/**
 * "Show more" of the board's columns: the next page of one column, added under the cards it
 * already shows. `pagesOf` tells the board query how many pages each column has shown, so a
 * refetch keeps them; a new pipeline or filter starts every column afresh.
 */
export function useMoreCards(board: QueryKey, pipelineId: string, filters: BoardFilters) {
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const shownPages = useMemo(() => new Map<string, number>(), [pipelineId, filters]);
  const [loadingMore, setLoadingMore] = useState<string | null>(null);
  // The scroll trigger may fire again before the state above is drawn: one request per column.
  const fetching = useRef(new Set<string>());

  const loadMore = useCallback(
    (stageId: string) => {
      const cursor = queryClient.getQueryData<BoardDeals>(board)?.more[stageId];
      if (!cursor || fetching.current.has(stageId)) return;
      fetching.current.add(stageId);
      setLoadingMore(stageId);
      stageDeals(pipelineId, stageId, filters, 1, cursor)
        .then((page) => {
          shownPages.set(stageId, (shownPages.get(stageId) ?? 1) + 1);
          queryClient.setQueryData<BoardDeals>(board, (old) => {
            if (!old) return old;
            const known = new Set(old.deals.map((d) => d.id));
            return {
              ...old,
              deals: [...old.deals, ...page.deals.filter((d) => !known.has(d.id))],
              more: { ...old.more, [stageId]: page.nextCursor },
            };
          });
        })
        .catch((error: unknown) => problems.notify(error))
        .finally(() => {
          fetching.current.delete(stageId);
          setLoadingMore(null);
        });
    },
    [queryClient, board, pipelineId, filters, shownPages, problems],
  );

  const pagesOf = useCallback((stageId: string) => shownPages.get(stageId) ?? 1, [shownPages]);
  return { loadMore, loadingMore, pagesOf };
}
