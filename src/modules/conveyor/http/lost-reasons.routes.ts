import { z } from 'zod';
import { createLostReason } from '../app/pipelines/create-lost-reason.ts';
import { listLostReasons } from '../app/pipelines/list-lost-reasons.ts';
import { updateLostReason } from '../app/pipelines/update-lost-reason.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentLostReason } from './presenters/conveyor.ts';
import { IdParams, problems, revisitDaysOf } from '../../../kernel/http/common-schemas.ts';
import {
  LostReasonBody,
  LostReasonPatchBody,
  LostReasonQuery,
  LostReasonSchema,
} from './schemas/conveyor.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function lostReasonsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/lost-reasons',
    {
      schema: {
        operationId: 'createLostReason',
        tags: ['conveyor'],
        summary: 'Add a loss reason with its usage standard (manager, admin)',
        body: LostReasonBody,
        response: { 201: LostReasonSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { warm, ...rest } = request.body;
      const reason = await runner.run(
        createLostReason,
        { ...rest, ...revisitDaysOf(warm) },
        actorOf(request),
      );
      return reply
        .status(201)
        .header('etag', `"${reason.version}"`)
        .send(presentLostReason(reason));
    },
  );

  api.get(
    '/lost-reasons',
    {
      schema: {
        operationId: 'listLostReasons',
        tags: ['conveyor'],
        summary: "The workspace's fixed list of loss reasons",
        querystring: LostReasonQuery,
        response: {
          200: z.object({ items: z.array(LostReasonSchema) }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { active } = request.query;
      const items = await runner.read(
        listLostReasons,
        { active: active === undefined ? null : active === 'true' },
        actorOf(request),
      );
      return { items: items.map(presentLostReason) };
    },
  );

  api.patch(
    '/lost-reasons/:id',
    {
      schema: {
        operationId: 'updateLostReason',
        tags: ['conveyor'],
        summary: 'Edit a loss reason; active:false retires it (it stays on past deals)',
        params: IdParams,
        body: LostReasonPatchBody,
        response: { 200: LostReasonSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const { warm, ...rest } = request.body;
      const reason = await runner.run(
        updateLostReason,
        {
          ...rest,
          ...revisitDaysOf(warm),
          lostReasonId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentLostReason(reason));
    },
  );
}
