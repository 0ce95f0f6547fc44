import { infiniteQueryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import { cursorPages } from '../../../../kernel/web/lib/cursor-pages.ts';
import { workspaceInvitationKeys } from '../keys.ts';

/** `GET /workspace-invitations` 50 at a time: invitations waiting for an answer (admins). */
export const workspaceInvitationsQuery = infiniteQueryOptions({
  queryKey: workspaceInvitationKeys.lists,
  queryFn: ({ pageParam }) =>
    unwrap(
      api.GET('/api/v1/workspace-invitations', {
        params: { query: { limit: 50, cursor: pageParam } },
      }),
    ),
  ...cursorPages,
});
