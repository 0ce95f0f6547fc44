import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { dealKeys } from '../keys.ts';
import { everyPage, ownerQuery, type Scope } from './my-day-scope.ts';
import type { Deal } from './types.ts';

/** Open deals of the scope that are stuck, or that have no planned next step. */
export const myDealsQuery = (scope: Scope, filter: 'stuck' | 'noNextActivity') =>
  queryOptions({
    queryKey: dealKeys.myDay(filter, scope),
    queryFn: () =>
      everyPage<Deal>((cursor) =>
        unwrap(
          api.GET('/api/v1/deals', {
            params: {
              query: { ...ownerQuery(scope), status: 'open', [filter]: 'true', limit: 200, cursor },
            },
          }),
        ),
      ),
  });
