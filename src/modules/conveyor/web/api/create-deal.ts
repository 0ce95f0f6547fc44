import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal, NewDeal } from './types.ts';

/** `POST /deals`: a new deal, in its pipeline's first stage. */
export function createDeal(body: NewDeal): Promise<Deal> {
  return unwrap(api.POST('/api/v1/deals', { body }));
}
