import { completeActivity } from '../app/activities/complete-activity.ts';
import { createActivity } from '../app/activities/create-activity.ts';
import { getActivity } from '../app/activities/get-activity.ts';
import { listActivities } from '../app/activities/list-activities.ts';
import { updateActivity } from '../app/activities/update-activity.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentActivity } from './presenters/activities.ts';
import {
  ActivityBody,
  ActivityListQuery,
  ActivityPatchBody,
  ActivitySchema,
  CompleteActivityBody,
} from './schemas/activities.ts';
import { IdParams, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function activitiesRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/activities',
    {
      schema: {
        operationId: 'createActivity',
        tags: ['conveyor'],
        summary:
          'Plan an activity (dueAt required) or log a completed one (doneAt); ids of other workspaces are 400',
        body: ActivityBody,
        response: { 201: ActivitySchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const activity = await runner.run(createActivity, request.body, actorOf(request));
      return reply
        .status(201)
        .header('etag', `"${activity.version}"`)
        .send(presentActivity(activity));
    },
  );

  api.get(
    '/activities',
    {
      schema: {
        operationId: 'listActivities',
        tags: ['conveyor'],
        summary:
          'Activities: not completed first, soonest due first; then completed ones, latest first',
        querystring: ActivityListQuery,
        response: { 200: pageOf(ActivitySchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { dealId, leadId, ownerId, teamId, dueBefore, dueAfter, state, limit, cursor } =
        request.query;
      const page = await runner.read(
        listActivities,
        {
          dealId: dealId ?? null,
          leadId: leadId ?? null,
          ownerId: ownerId ?? null,
          state: state ?? null,
          teamId: teamId ?? null,
          dueBefore: dueBefore ? new Date(dueBefore) : null,
          dueAfter: dueAfter ? new Date(dueAfter) : null,
          limit,
          cursor: cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentActivity), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/activities/:id',
    {
      schema: {
        operationId: 'getActivity',
        tags: ['conveyor'],
        summary: 'One activity',
        params: IdParams,
        response: { 200: ActivitySchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const activity = await runner.read(
        getActivity,
        { activityId: request.params.id },
        actorOf(request),
      );
      return withEtag(reply, presentActivity(activity));
    },
  );

  api.patch(
    '/activities/:id',
    {
      schema: {
        operationId: 'updateActivity',
        tags: ['conveyor'],
        summary: 'Change subject, due time, owner or outcome (If-Match: its version, else 412)',
        params: IdParams,
        body: ActivityPatchBody,
        response: { 200: ActivitySchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const activity = await runner.run(
        updateActivity,
        {
          ...request.body,
          activityId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentActivity(activity));
    },
  );

  api.post(
    '/activities/:id/complete',
    {
      schema: {
        operationId: 'completeActivity',
        tags: ['conveyor'],
        summary:
          'Complete an activity (doneAt defaults to now); already completed is 409 invalid_transition',
        params: IdParams,
        body: CompleteActivityBody,
        response: { 200: ActivitySchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const activity = await runner.run(
        completeActivity,
        {
          ...request.body,
          activityId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentActivity(activity));
    },
  );
}
