import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Activity } from './types.ts';

export type NewActivity = RequestBody<'/api/v1/activities', 'post'>;

/** `POST /activities`: a planned activity (`dueAt`) or a logged one (`doneAt`). */
export function createActivity(body: NewActivity): Promise<Activity> {
  return unwrap(api.POST('/api/v1/activities', { body }));
}
