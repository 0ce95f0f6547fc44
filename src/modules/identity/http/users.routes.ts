import { createUser } from '../app/create-user.ts';
import { getUser } from '../app/get-user.ts';
import { listUsers } from '../app/list-users.ts';
import { updateUser } from '../app/update-user.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentUser } from './presenters.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { CreateUserBody, PatchUserBody, UserSchema } from './schemas.ts';
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
      const page = await runner.run(
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
          'Add a person to the workspace (admin). Without a password: an integration account.',
        body: CreateUserBody,
        response: { 201: UserSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const member = await runner.run(createUser, request.body, actorOf(request));
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
        presentUser(await runner.run(getUser, { userId: request.params.id }, actorOf(request))),
      ),
  );

  api.patch(
    '/users/:id',
    {
      schema: {
        operationId: 'updateUser',
        tags: ['identity'],
        summary: "Change a person's role, sales roles, team, lead limit or deactivate them (admin)",
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
