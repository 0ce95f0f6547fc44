import { createUser } from '../app/create-user.ts';
import { getUser } from '../app/get-user.ts';
import { listUsers } from '../app/list-users.ts';
import { hashPassword } from '../app/password.ts';
import { requireAdmin } from '../app/require-admin.ts';
import { updateUser } from '../app/update-user.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentInvitation, presentUser } from './presenters.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { CreateUserBody, InvitationSentSchema, PatchUserBody, UserSchema } from './schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function usersRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/users',
    {
      schema: {
        operationId: 'listUsers',
        tags: ['identity'],
        summary: 'People of the workspace',
        querystring: PageQuery,
        response: { 200: pageOf(UserSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const page = await runner.read(
        listUsers,
        { limit: request.query.limit, cursor: request.query.cursor ?? null },
        actorOf(request),
      );
      return { items: page.items.map(presentUser), nextCursor: page.nextCursor };
    },
  );

  api.post(
    '/users',
    {
      schema: {
        operationId: 'createUser',
        tags: ['identity'],
        summary:
          'Add a person to the workspace (admin): a new e-mail creates the user (201; without a password, an integration account); the e-mail of an existing account sends it an invitation (202) and returns nothing of that account.',
        body: CreateUserBody,
        response: {
          201: UserSchema,
          202: InvitationSentSchema,
          ...problems(400, 401, 403, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      requireAdmin(actor); // before the hashing, which only an admin's request may cost
      const { password, ...person } = request.body;
      // Hashed outside the transaction (ADR 025): ~0.5 s with no connection held.
      const passwordHash = password === undefined ? null : await hashPassword(password);
      const result = await runner.run(createUser, { ...person, passwordHash }, actor);
      if (result.kind === 'invited') {
        return reply.status(202).send({ invitation: presentInvitation(result.invitation) });
      }
      const { member } = result;
      return reply
        .status(201)
        .header('etag', `"${member.membership.version}"`)
        .send(presentUser(member));
    },
  );

  api.get(
    '/users/:id',
    {
      schema: {
        operationId: 'getUser',
        tags: ['identity'],
        summary: 'One person of the workspace',
        params: IdParams,
        response: { 200: UserSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        presentUser(await runner.read(getUser, { userId: request.params.id }, actorOf(request))),
      ),
  );

  api.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags: ['identity'],
        summary:
          "Change a person's membership: role, sales roles, team, lead limit, active (admin). Deactivating revokes their tokens and sessions here. Account fields (name, e-mail, password, language) are refused: the person changes them through PATCH /me.",
        params: IdParams,
        body: PatchUserBody,
        response: { 200: UserSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const member = await runner.run(
        updateUser,
        { ...request.body, userId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentUser(member));
    },
  );
}
