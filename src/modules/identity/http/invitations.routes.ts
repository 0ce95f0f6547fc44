import { z } from 'zod';
import { answerInvitation } from '../app/answer-invitation.ts';
import { listInvitations } from '../app/list-invitations.ts';
import { listWorkspaceInvitations } from '../app/list-workspace-invitations.ts';
import { withdrawInvitation } from '../app/withdraw-invitation.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentReceivedInvitation, presentWorkspaceInvitation } from './presenters.ts';
import { ReceivedInvitationSchema, WorkspaceInvitationSchema } from './schemas.ts';

/**
 * Only the person answers their invitations, signed in: an API token may have been issued for
 * them by a workspace's admin, who must not join them elsewhere (ADR 026). Listing them is open
 * to a token like GET /me, whose list of the person's workspaces it already shows.
 */
function requireSession(request: { sessionToken?: string | null }) {
  if (!request.sessionToken) {
    throw new DomainError('forbidden', 'Invitations are answered by the person, signed in.');
  }
}

export function invitationsRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/invitations',
    {
      schema: {
        operationId: 'listInvitations',
        tags: ['identity'],
        summary:
          "The signed-in person's own pending invitations, from any workspace (answering them needs a browser session)",
        response: {
          200: z.object({ items: z.array(ReceivedInvitationSchema) }),
          ...problems(401, 403),
        },
      },
    },
    async (request) => {
      const items = await runner.read(listInvitations, undefined, actorOf(request));
      return { items: items.map(presentReceivedInvitation) };
    },
  );

  for (const [action, answer] of [
    ['accept', 'accepted'],
    ['decline', 'declined'],
  ] as const) {
    api.post(
      `/invitations/:id/${action}`,
      {
        schema: {
          operationId: `${action}Invitation`,
          tags: ['identity'],
          summary:
            action === 'accept'
              ? 'Accept your invitation: you become a member of its workspace with the invited role'
              : 'Decline your invitation: nothing of you reaches its workspace',
          params: IdParams,
          response: { 200: ReceivedInvitationSchema, ...problems(400, 401, 403, 404, 409) },
        },
      },
      async (request) => {
        requireSession(request);
        const answered = await runner.run(
          answerInvitation,
          { invitationId: request.params.id, answer },
          actorOf(request),
        );
        return presentReceivedInvitation(answered);
      },
    );
  }

  api.get(
    '/workspace-invitations',
    {
      schema: {
        operationId: 'listWorkspaceInvitations',
        tags: ['identity'],
        summary:
          "The workspace's invitations waiting for an answer (admin): the e-mail typed and the terms offered",
        querystring: PageQuery,
        response: { 200: pageOf(WorkspaceInvitationSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await runner.read(
        listWorkspaceInvitations,
        { limit: request.query.limit, cursor: request.query.cursor ?? null },
        actorOf(request),
      );
      return { items: page.items.map(presentWorkspaceInvitation), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/workspace-invitations/:id/withdraw',
    {
      schema: {
        operationId: 'withdrawInvitation',
        tags: ['identity'],
        summary:
          'Withdraw an invitation the person has not answered yet (admin): it can no longer be accepted',
        params: IdParams,
        response: { 200: WorkspaceInvitationSchema, ...problems(400, 401, 403, 404, 409) },
      },
    },
    async (request) =>
      presentWorkspaceInvitation(
        await runner.run(withdrawInvitation, { invitationId: request.params.id }, actorOf(request)),
      ),
  );
}
