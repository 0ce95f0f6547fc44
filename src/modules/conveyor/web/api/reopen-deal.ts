import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/** `POST /deals/{id}/reopen` with `If-Match`: back to open, in the stage it was closed from. */
export function reopenDeal(deal: Pick<Deal, 'id' | 'version'>): Promise<Deal> {
  return unwrap(api.POST('/api/v1/deals/{id}/reopen', { ...versioned(deal), body: {} }));
}
