import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { dealKeys } from '../keys.ts';
import { type BoardFilters, filterQuery } from './board-filters.ts';

/** Each stage's count and value under the board's filters (`GET /deals/stage-totals`). */
export const stageTotalsQuery = (pipelineId: string, filters: BoardFilters) =>
  queryOptions({
    queryKey: dealKeys.stageTotals(pipelineId, filters),
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/deals/stage-totals', {
          params: { query: { pipelineId, status: 'open', ...filterQuery(filters) } },
        }),
      ),
    enabled: Boolean(pipelineId),
  });
