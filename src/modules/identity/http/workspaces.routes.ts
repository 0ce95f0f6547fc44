import { z } from 'zod';
import { createWorkspace } from '../app/create-workspace.ts';
import { getWorkspace } from '../app/get-workspace.ts';
import { listWorkspaces } from '../app/list-workspaces.ts';
import { updateWorkspace } from '../app/update-workspace.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentWorkspace, presentWorkspaceRef } from './presenters.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import {
  CreateWorkspaceBody,
  PatchWorkspaceBody,
  WorkspaceRefSchema,
  WorkspaceSchema,
} from './schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function workspacesRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/workspaces',
    {
      schema: {
        operationId: 'listWorkspaces',
        tags: ['identity'],
        summary: 'Workspaces you belong to',
        response: { 200: z.object({ items: z.array(WorkspaceRefSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => {
      const items = await runner.read(listWorkspaces, undefined, actorOf(request));
      return { items: items.map(presentWorkspaceRef) };
    },
  );

  api.post(
    '/workspaces',
    {
      schema: {
        operationId: 'createWorkspace',
        tags: ['identity'],
        summary: 'Create another workspace; you become its admin',
        body: CreateWorkspaceBody,
        response: {
          201: z.object({ workspace: WorkspaceSchema, apiToken: z.string() }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request, reply) => {
      const result = await runner.run(createWorkspace, request.body, actorOf(request));
      return reply
        .status(201)
        .send({ workspace: presentWorkspace(result.workspace), apiToken: result.apiToken });
    },
  );

  api.get(
    '/workspaces/:id',
    {
      schema: {
        operationId: 'getWorkspace',
        tags: ['identity'],
        summary: 'The current workspace (another workspace is 404)',
        params: IdParams,
        response: { 200: WorkspaceSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const workspace = await runner.read(
        getWorkspace,
        { workspaceId: request.params.id },
        actorOf(request),
      );
      return withEtag(reply, presentWorkspace(workspace));
    },
  );

  api.patch(
    '/workspaces/:id',
    {
      schema: {
        operationId: 'updateWorkspace',
        tags: ['identity'],
        summary: 'Change the workspace (admin)',
        params: IdParams,
        body: PatchWorkspaceBody,
        response: { 200: WorkspaceSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const workspace = await runner.run(
        updateWorkspace,
        {
          ...request.body,
          workspaceId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentWorkspace(workspace));
    },
  );
}
