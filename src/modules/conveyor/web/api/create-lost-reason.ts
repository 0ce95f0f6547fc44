import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { LostReason, NewLostReason } from './types.ts';

/** `POST /lost-reasons`. */
export function createLostReason(body: NewLostReason): Promise<LostReason> {
  return unwrap(api.POST('/api/v1/lost-reasons', { body }));
}
