import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { lineItemKeys } from '../keys.ts';

/**
 * A deal with its line items (`GET /deals/{id}/line-items`), keyed by the deal's version: any
 * change of the deal elsewhere (its value edited by hand) loads them again.
 */
export const dealLineItemsQuery = (dealId: string, version: number) =>
  queryOptions({
    queryKey: lineItemKeys.atVersion(dealId, version),
    queryFn: () =>
      unwrap(api.GET('/api/v1/deals/{id}/line-items', { params: { path: { id: dealId } } })),
  });
