import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { PriceList } from './types.ts';

export type PriceListChanges = RequestBody<'/api/v1/price-lists/{id}', 'patch'>;

/** `PATCH /price-lists/{id}` with `If-Match`: edits (prices replace all), retires, brings back. */
export function savePriceList(list: PriceList, body: PriceListChanges): Promise<PriceList> {
  return unwrap(api.PATCH('/api/v1/price-lists/{id}', { ...versioned(list), body }));
}
