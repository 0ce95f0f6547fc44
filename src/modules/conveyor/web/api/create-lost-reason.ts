import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { LostReason } from './types.ts';

export type NewLostReason = RequestBody<'/api/v1/lost-reasons', 'post'>;

/** `POST /lost-reasons`. */
export function createLostReason(body: NewLostReason): Promise<LostReason> {
  return unwrap(api.POST('/api/v1/lost-reasons', { body }));
}
