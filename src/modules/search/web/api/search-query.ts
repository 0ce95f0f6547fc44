import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components } from '../../../../kernel/web/lib/api-schema.gen.ts';
import { searchKeys } from '../keys.ts';

export type SearchResult = components['schemas']['SearchResult'];

/** `GET /search?q=…`: the best matches of every kind; the previous answer stays while typing. */
export const searchQuery = (q: string) =>
  queryOptions({
    queryKey: searchKeys.list({ q }),
    queryFn: () => unwrap(api.GET('/api/v1/search', { params: { query: { q } } })),
    enabled: q.length > 0,
    placeholderData: keepPreviousData,
    staleTime: 10_000,
  });
