import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { GroupBody } from './types.ts';

/** `POST /process-map/groups`: a new process group. */
export function createGroup(body: GroupBody) {
  return unwrap(api.POST('/api/v1/process-map/groups', { body }));
}
