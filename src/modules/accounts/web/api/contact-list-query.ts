import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { contactKeys } from '../keys.ts';

/** `GET /contacts?q=…&companyId=…` page by page. */
export const contactListQuery = (filter: { q?: string; companyId?: string }, limit = 50) =>
  infiniteQueryOptions({
    queryKey: contactKeys.list({ q: filter.q ?? '', companyId: filter.companyId ?? '', limit }),
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/contacts', {
          params: {
            query: {
              q: filter.q || undefined,
              companyId: filter.companyId,
              limit,
              cursor: pageParam,
            },
          },
        }),
      ),
    ...cursorPages,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
