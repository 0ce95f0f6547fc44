import { infiniteQueryOptions, keepPreviousData } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { leadKeys } from '../keys.ts';
import { ageBounds, type LeadFilters } from '../lead-filters-search.ts';

/** `GET /leads` with the inbox filters, page by page (newest first). */
export const leadListQuery = (filters: LeadFilters) =>
  infiniteQueryOptions({
    queryKey: leadKeys.list(filters),
    queryFn: ({ pageParam }) => {
      const bounds = ageBounds(filters.age, new Date());
      return unwrap(
        api.GET('/api/v1/leads', {
          params: {
            query: {
              limit: 50,
              cursor: pageParam,
              status: filters.status,
              ownerId: filters.ownerId,
              channel: filters.channel,
              unassigned: filters.unassigned ? 'true' : undefined,
              createdAfter: bounds.after,
              createdBefore: bounds.before,
            },
          },
        }),
      );
    },
    ...cursorPages,
    placeholderData: keepPreviousData,
  });
