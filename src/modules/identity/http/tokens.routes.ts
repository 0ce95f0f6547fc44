import { z } from 'zod';
import { createToken } from '../app/create-token.ts';
import { listTokens } from '../app/list-tokens.ts';
import { revokeToken } from '../app/revoke-token.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentToken } from './presenters.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { CreateTokenBody, CreatedTokenSchema, TokenSchema } from './schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function tokensRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/tokens',
    {
      schema: {
        operationId: 'createToken',
        tags: ['identity'],
        summary: 'Issue an API token (shown once). An admin may issue one for another user.',
        body: CreateTokenBody,
        response: { 201: CreatedTokenSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { info, token } = await runner.run(createToken, request.body, actorOf(request));
      return reply.status(201).send({ ...presentToken(info), token });
    },
  );

  api.get(
    '/tokens',
    {
      schema: {
        operationId: 'listTokens',
        tags: ['identity'],
        summary: 'Live tokens: all of them for an admin, your own otherwise (never the secret)',
        response: { 200: z.object({ items: z.array(TokenSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({
      items: (await runner.read(listTokens, undefined, actorOf(request))).map(presentToken),
    }),
  );

  api.delete(
    '/tokens/:id',
    {
      schema: {
        operationId: 'revokeToken',
        tags: ['identity'],
        summary: 'Revoke a token',
        params: IdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await runner.run(revokeToken, { tokenId: request.params.id }, actorOf(request));
      return reply.status(204).send(null);
    },
  );
}
