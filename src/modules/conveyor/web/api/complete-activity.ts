import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Activity } from './types.ts';

/** `POST /activities/{id}/complete`. */
export function completeActivity(id: string): Promise<Activity> {
  return unwrap(
    api.POST('/api/v1/activities/{id}/complete', { params: { path: { id } }, body: {} }),
  );
}
