import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `DELETE /process-map/groups/{id}`: the group and its lamps. */
export function deleteGroup(id: string) {
  return unwrap(api.DELETE('/api/v1/process-map/groups/{id}', { params: { path: { id } } }));
}
