import { queryOptions } from '@tanstack/react-query';
import type { BooleanQueryValue } from '../../../../contract/query.ts';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { productKeys } from '../keys.ts';

export interface ProductFilter {
  active?: BooleanQueryValue;
  q?: string;
}

/** The first 200 products by name matching the filter (`GET /products`). */
export const productsQuery = (filter: ProductFilter) =>
  queryOptions({
    queryKey: productKeys.list(filter),
    queryFn: () =>
      unwrap(api.GET('/api/v1/products', { params: { query: { ...filter, limit: 200 } } })),
  });
