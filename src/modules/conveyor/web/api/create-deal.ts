import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

export type NewDeal = RequestBody<'/api/v1/deals', 'post'>;

/** `POST /deals`: a new deal, in its pipeline's first stage. */
export function createDeal(body: NewDeal): Promise<Deal> {
  return unwrap(api.POST('/api/v1/deals', { body }));
}
