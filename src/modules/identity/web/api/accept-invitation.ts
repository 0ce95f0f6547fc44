import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';

/** `POST /invitations/{id}/accept`: the person joins the inviting workspace. */
export function acceptInvitation(id: string) {
  return unwrap(api.POST('/api/v1/invitations/{id}/accept', { params: { path: { id } } }));
}
