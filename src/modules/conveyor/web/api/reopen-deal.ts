import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/** `POST /deals/{id}/reopen`: back to open, in the stage it was closed from. */
export function reopenDeal(id: string): Promise<Deal> {
  return unwrap(api.POST('/api/v1/deals/{id}/reopen', { params: { path: { id } }, body: {} }));
}
