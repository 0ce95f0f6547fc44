import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { LostReason } from './types.ts';

export type LostReasonChanges = RequestBody<'/api/v1/lost-reasons/{id}', 'patch'>;

/** `PATCH /lost-reasons/{id}` with `If-Match`: edits, retires or brings back a reason. */
export function saveLostReason(reason: LostReason, body: LostReasonChanges): Promise<LostReason> {
  return unwrap(api.PATCH('/api/v1/lost-reasons/{id}', { ...versioned(reason), body }));
}
