import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { GroupBody, ProcessGroup } from './types.ts';

/** `PATCH /process-map/groups/{id}` with `If-Match` (stale → 412 version_conflict). */
export function updateGroup(group: ProcessGroup, body: Partial<GroupBody>) {
  return unwrap(api.PATCH('/api/v1/process-map/groups/{id}', { ...versioned(group), body }));
}
