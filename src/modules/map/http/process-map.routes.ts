import { z } from 'zod';
import { createProcessGroup } from '../app/create-process-group.ts';
import { deleteProcessGroup } from '../app/delete-process-group.ts';
import { getProcessMap } from '../app/get-process-map.ts';
import { updateProcessGroup } from '../app/update-process-group.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentGroup, presentProcessMap } from './presenters.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { GroupBody, GroupPatchBody, GroupSchema, ProcessMapSchema } from './schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function processMapRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/process-map',
    {
      schema: {
        operationId: 'getProcessMap',
        tags: ['map'],
        summary: 'The active process map: groups top to bottom with their links and lamps',
        response: { 200: ProcessMapSchema, ...problems(401, 403) },
      },
    },
    async (request) => presentProcessMap(await runner.run(getProcessMap, {}, actorOf(request))),
  );

  api.post(
    '/process-map/groups',
    {
      schema: {
        operationId: 'createProcessGroup',
        tags: ['map'],
        summary: 'Add a process group (manager, admin)',
        body: GroupBody,
        response: { 201: GroupSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const group = await runner.run(createProcessGroup, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${group.version}"`).send(presentGroup(group));
    },
  );

  api.patch(
    '/process-map/groups/:id',
    {
      schema: {
        operationId: 'updateProcessGroup',
        tags: ['map'],
        summary: 'Edit a process group: fields, processes, links (`next`), order',
        params: IdParams,
        body: GroupPatchBody,
        response: { 200: GroupSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const group = await runner.run(
        updateProcessGroup,
        { ...request.body, groupId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentGroup(group));
    },
  );

  api.delete(
    '/process-map/groups/:id',
    {
      schema: {
        operationId: 'deleteProcessGroup',
        tags: ['map'],
        summary: 'Remove a process group with its lamps and links',
        params: IdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      await runner.run(deleteProcessGroup, { groupId: request.params.id }, actorOf(request));
      return reply.status(204).send(null);
    },
  );
}
