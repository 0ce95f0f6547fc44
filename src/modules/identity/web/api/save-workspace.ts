import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Workspace, WorkspaceChanges } from './types.ts';

/** `PATCH /workspaces/{id}` with `If-Match` (admins): a stale version is refused (412). */
export function saveWorkspace(workspace: Workspace, body: WorkspaceChanges): Promise<Workspace> {
  return unwrap(
    api.PATCH('/api/v1/workspaces/{id}', {
      params: { path: { id: workspace.id } },
      headers: ifMatch(workspace.version),
      body,
    }),
  );
}
