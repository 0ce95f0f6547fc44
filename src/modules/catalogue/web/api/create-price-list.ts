import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { PriceList } from './types.ts';

export type NewPriceList = RequestBody<'/api/v1/price-lists', 'post'>;

/** `POST /price-lists`. */
export function createPriceList(body: NewPriceList): Promise<PriceList> {
  return unwrap(api.POST('/api/v1/price-lists', { body }));
}
