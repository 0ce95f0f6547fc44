import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { DealWithLineItems } from './types.ts';

export type LineItemsBody = RequestBody<'/api/v1/deals/{id}/line-items', 'put'>;

/** `PUT /deals/{id}/line-items` with `If-Match` (the deal's version). */
export function setDealLineItems(
  deal: { id: string; version: number },
  body: LineItemsBody,
): Promise<DealWithLineItems> {
  return unwrap(api.PUT('/api/v1/deals/{id}/line-items', { ...versioned(deal), body }));
}
