import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { activityKeys } from '../keys.ts';
import { everyPage, ownerQuery, type Scope } from './my-day-scope.ts';
import type { Activity } from './types.ts';

/** Not completed and already past due (today's earlier ones included), oldest first. */
export const overdueQuery = (scope: Scope) =>
  queryOptions({
    queryKey: activityKeys.overdue(scope),
    queryFn: () =>
      everyPage<Activity>((cursor) =>
        unwrap(
          api.GET('/api/v1/activities', {
            params: { query: { ...ownerQuery(scope), state: 'overdue', limit: 200, cursor } },
          }),
        ),
      ),
    refetchInterval: 60_000,
  });

/** Not completed, due from now until local midnight (so nothing is both overdue and today). */
export const todayQuery = (scope: Scope, dayEnd: Date) =>
  queryOptions({
    queryKey: activityKeys.today(scope, dayEnd.toISOString()),
    queryFn: () => {
      const dueAfter = new Date().toISOString();
      const dueBefore = dayEnd.toISOString();
      return everyPage<Activity>((cursor) =>
        unwrap(
          api.GET('/api/v1/activities', {
            params: {
              query: {
                ...ownerQuery(scope),
                state: 'planned',
                dueAfter,
                dueBefore,
                limit: 200,
                cursor,
              },
            },
          }),
        ),
      );
    },
    refetchInterval: 60_000,
  });
