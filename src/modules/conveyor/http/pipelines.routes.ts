import { z } from 'zod';
import { createPipeline } from '../app/pipelines/create-pipeline.ts';
import { getPipeline } from '../app/pipelines/get-pipeline.ts';
import { listPipelines } from '../app/pipelines/list-pipelines.ts';
import { updatePipeline } from '../app/pipelines/update-pipeline.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentPipeline } from './presenters/conveyor.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { PipelineBody, PipelinePatchBody, PipelineSchema } from './schemas/conveyor.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function pipelinesRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/pipelines',
    {
      schema: {
        operationId: 'createPipeline',
        tags: ['conveyor'],
        summary: 'Create a pipeline with its ordered stages and exit criteria (manager, admin)',
        body: PipelineBody,
        response: { 201: PipelineSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const pipeline = await runner.run(createPipeline, request.body, actorOf(request));
      return reply
        .status(201)
        .header('etag', `"${pipeline.version}"`)
        .send(presentPipeline(pipeline));
    },
  );

  api.get(
    '/pipelines',
    {
      schema: {
        operationId: 'listPipelines',
        tags: ['conveyor'],
        summary: 'Pipelines with their stages',
        response: { 200: z.object({ items: z.array(PipelineSchema) }), ...problems(401, 403) },
      },
    },
    async (request) => ({
      items: (await runner.run(listPipelines, undefined, actorOf(request))).map(presentPipeline),
    }),
  );

  api.get(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'getPipeline',
        tags: ['conveyor'],
        summary: 'One pipeline',
        params: IdParams,
        response: { 200: PipelineSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const pipeline = await runner.read(
        getPipeline,
        { pipelineId: request.params.id },
        actorOf(request),
      );
      return withEtag(reply, presentPipeline(pipeline));
    },
  );

  api.patch(
    '/pipelines/:id',
    {
      schema: {
        operationId: 'updatePipeline',
        tags: ['conveyor'],
        summary:
          'Rename, or replace the stage list: stages with an id are kept, new ones added, missing ones removed (409 stage_in_use when they hold deals)',
        params: IdParams,
        body: PipelinePatchBody,
        response: { 200: PipelineSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const pipeline = await runner.run(
        updatePipeline,
        {
          ...request.body,
          pipelineId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentPipeline(pipeline));
    },
  );
}
