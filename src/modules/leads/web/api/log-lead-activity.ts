import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { NewActivity } from './types.ts';

/** `POST /activities` for a lead: a touch that happened (`doneAt`) or one planned (`dueAt`). */
export function logLeadActivity(body: NewActivity & { leadId: string }) {
  return unwrap(api.POST('/api/v1/activities', { body }));
}
