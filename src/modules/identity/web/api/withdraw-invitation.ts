import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `POST /workspace-invitations/{id}/withdraw` (admins): an unanswered invitation taken back. */
export function withdrawInvitation(id: string) {
  return unwrap(
    api.POST('/api/v1/workspace-invitations/{id}/withdraw', { params: { path: { id } } }),
  );
}
