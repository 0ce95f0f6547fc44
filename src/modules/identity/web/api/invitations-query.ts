import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { invitationKeys } from '../keys.ts';

/** `GET /invitations`: the signed-in person's own pending invitations. */
export const invitationsQuery = queryOptions({
  queryKey: invitationKeys.lists,
  queryFn: () => unwrap(api.GET('/api/v1/invitations')),
  select: (answer) => answer.items,
});
