import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { LostReason, LostReasonChanges } from './types.ts';

/** `PATCH /lost-reasons/{id}` with `If-Match`: edits, retires or brings back a reason. */
export function saveLostReason(reason: LostReason, body: LostReasonChanges): Promise<LostReason> {
  return unwrap(
    api.PATCH('/api/v1/lost-reasons/{id}', {
      params: { path: { id: reason.id } },
      headers: ifMatch(reason.version),
      body,
    }),
  );
}
