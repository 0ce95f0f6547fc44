import { queryOptions } from '@tanstack/react-query';
import type { BooleanQueryValue } from '../../../../contract/query.ts';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { priceListKeys } from '../keys.ts';

export interface PriceListFilter {
  active?: BooleanQueryValue;
  currency?: string;
}

/** The first 200 price lists by name, with their prices (`GET /price-lists`). */
export const priceListsQuery = (filter: PriceListFilter) =>
  queryOptions({
    queryKey: priceListKeys.list(filter),
    queryFn: () =>
      unwrap(api.GET('/api/v1/price-lists', { params: { query: { ...filter, limit: 200 } } })),
  });
