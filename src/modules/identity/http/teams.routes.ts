import { z } from 'zod';
import { createTeam } from '../app/create-team.ts';
import { listTeams } from '../app/list-teams.ts';
import { updateTeam } from '../app/update-team.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentTeam } from './presenters.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { TeamBody, TeamSchema } from './schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function teamsRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/teams',
    {
      schema: {
        operationId: 'listTeams',
        tags: ['identity'],
        summary: 'Teams of the workspace',
        response: { 200: z.object({ items: z.array(TeamSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({
      items: (await runner.read(listTeams, undefined, actorOf(request))).map(presentTeam),
    }),
  );

  api.post(
    '/teams',
    {
      schema: {
        operationId: 'createTeam',
        tags: ['identity'],
        summary: 'Create a team (admin)',
        body: TeamBody,
        response: { 201: TeamSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const team = await runner.run(createTeam, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${team.version}"`).send(presentTeam(team));
    },
  );

  api.patch(
    '/teams/:id',
    {
      schema: {
        operationId: 'updateTeam',
        tags: ['identity'],
        summary: 'Rename a team (admin)',
        params: IdParams,
        body: TeamBody.partial().strict(),
        response: { 200: TeamSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const team = await runner.run(
        updateTeam,
        { ...request.body, teamId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentTeam(team));
    },
  );
}
