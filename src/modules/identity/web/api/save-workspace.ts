import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Workspace } from './types.ts';

export type WorkspaceChanges = RequestBody<'/api/v1/workspaces/{id}', 'patch'>;

/** `PATCH /workspaces/{id}` with `If-Match` (admins): a stale version is refused (412). */
export function saveWorkspace(workspace: Workspace, body: WorkspaceChanges): Promise<Workspace> {
  return unwrap(api.PATCH('/api/v1/workspaces/{id}', { ...versioned(workspace), body }));
}
