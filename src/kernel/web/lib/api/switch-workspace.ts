import { api, unwrap } from '../api-client.ts';

/** `POST /me/workspace`: makes another of the user's workspaces the session's. */
export function switchWorkspace(workspaceId: string) {
  return unwrap(api.POST('/api/v1/me/workspace', { body: { workspaceId } }));
}
