import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `POST /invitations/{id}/decline`: the person stays out of the inviting workspace. */
export function declineInvitation(id: string) {
  return unwrap(api.POST('/api/v1/invitations/{id}/decline', { params: { path: { id } } }));
}
