import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { companyKeys } from '../keys.ts';

export const PAGE_SIZE = 50;

/** `GET /companies?q=…` page by page ("load more" follows `nextCursor`). */
export const companyListQuery = (q: string, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: companyKeys.list({ q, limit }),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/companies', {
          params: { query: { q: q || undefined, limit, cursor: pageParam } },
        }),
      ),
    ...cursorPages,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
