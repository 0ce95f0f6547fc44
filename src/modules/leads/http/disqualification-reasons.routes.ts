import { z } from 'zod';
import { createDisqualificationReason } from '../app/disqualification/create-disqualification-reason.ts';
import { listDisqualificationReasons } from '../app/disqualification/list-disqualification-reasons.ts';
import { updateDisqualificationReason } from '../app/disqualification/update-disqualification-reason.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { IdParams, problems, revisitDaysOf } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentDisqualificationReason } from './presenters/disqualification-reasons.ts';
import {
  DisqualificationReasonBody,
  DisqualificationReasonPatchBody,
  DisqualificationReasonQuery,
  DisqualificationReasonSchema,
} from './schemas/disqualification-reasons.ts';

export function disqualificationReasonsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/disqualification-reasons',
    {
      schema: {
        operationId: 'createDisqualificationReason',
        tags: ['leads'],
        summary: 'Add a disqualification reason with its usage standard (manager, admin)',
        body: DisqualificationReasonBody,
        response: { 201: DisqualificationReasonSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const { warm, ...rest } = request.body;
      const reason = await runner.run(
        createDisqualificationReason,
        { ...rest, ...revisitDaysOf(warm) },
        actorOf(request),
      );
      return reply
        .status(201)
        .header('etag', `"${reason.version}"`)
        .send(presentDisqualificationReason(reason));
    },
  );

  api.get(
    '/disqualification-reasons',
    {
      schema: {
        operationId: 'listDisqualificationReasons',
        tags: ['leads'],
        summary: "The workspace's fixed list of reasons to disqualify a lead",
        querystring: DisqualificationReasonQuery,
        response: {
          200: z.object({ items: z.array(DisqualificationReasonSchema) }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => {
      const { active } = request.query;
      const items = await runner.read(
        listDisqualificationReasons,
        { active: active === undefined ? null : active === 'true' },
        actorOf(request),
      );
      return { items: items.map(presentDisqualificationReason) };
    },
  );

  api.patch(
    '/disqualification-reasons/:id',
    {
      schema: {
        operationId: 'updateDisqualificationReason',
        tags: ['leads'],
        summary: 'Edit a disqualification reason; active:false retires it (it stays on past leads)',
        params: IdParams,
        body: DisqualificationReasonPatchBody,
        response: { 200: DisqualificationReasonSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const { warm, ...rest } = request.body;
      const reason = await runner.run(
        updateDisqualificationReason,
        {
          ...rest,
          ...revisitDaysOf(warm),
          reasonId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentDisqualificationReason(reason));
    },
  );
}
