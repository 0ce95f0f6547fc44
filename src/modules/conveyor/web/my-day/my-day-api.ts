import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Activity, Deal } from '../deals/deals-api.ts';

/** Whose day is shown: the signed-in user, another person, or a whole team (managers). */
export type Scope = { kind: 'user'; id: string } | { kind: 'team'; id: string };

/** The owner filter of a scope, as the API's `ownerId` or `teamId`. */
function owner(scope: Scope): { ownerId?: string; teamId?: string } {
  return scope.kind === 'user' ? { ownerId: scope.id } : { teamId: scope.id };
}

/** At most this many pages of 200: a day list longer than that is not a plan anyone can follow. */
const MAX_PAGES = 5;

async function everyPage<T>(
  fetchPage: (cursor: string | undefined) => Promise<{ items: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const answer = await fetchPage(cursor);
    items.push(...answer.items);
    cursor = answer.nextCursor ?? undefined;
    if (!cursor) break;
  }
  return items;
}

/** Local midnight today and tomorrow (the browser's time zone). */
export function todayBounds(now = new Date()): { start: Date; end: Date } {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate());
  const end = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return { start, end };
}

/** Not completed and already past due (today's earlier ones included), oldest first. */
export const overdueQuery = (scope: Scope) =>
  queryOptions({
    queryKey: ['activities', 'my-day', 'overdue', scope],
    queryFn: () =>
      everyPage<Activity>((cursor) =>
        unwrap(
          api.GET('/api/v1/activities', {
            params: { query: { ...owner(scope), state: 'overdue', limit: 200, cursor } },
          }),
        ),
      ),
    refetchInterval: 60_000,
  });

/** Not completed, due from now until local midnight (so nothing is both overdue and today). */
export const todayQuery = (scope: Scope, dayEnd: Date) =>
  queryOptions({
    queryKey: ['activities', 'my-day', 'today', scope, dayEnd.toISOString()],
    queryFn: () => {
      const dueAfter = new Date().toISOString();
      const dueBefore = dayEnd.toISOString();
      return everyPage<Activity>((cursor) =>
        unwrap(
          api.GET('/api/v1/activities', {
            params: {
              query: { ...owner(scope), state: 'planned', dueAfter, dueBefore, limit: 200, cursor },
            },
          }),
        ),
      );
    },
    refetchInterval: 60_000,
  });

/** Open deals of the scope that are stuck, or that have no planned next step. */
export const myDealsQuery = (scope: Scope, filter: 'stuck' | 'noNextActivity') =>
  queryOptions({
    queryKey: ['deals', 'my-day', filter, scope],
    queryFn: () =>
      everyPage<Deal>((cursor) =>
        unwrap(
          api.GET('/api/v1/deals', {
            params: {
              query: { ...owner(scope), status: 'open', [filter]: 'true', limit: 200, cursor },
            },
          }),
        ),
      ),
  });
