import { z } from 'zod';
import { deleteGoal } from '../app/delete-goal.ts';
import { listGoals } from '../app/list-goals.ts';
import { setGoal } from '../app/set-goal.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentGoal } from './presenters/goals.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { GoalBody, GoalQuery, GoalSchema } from './schemas/goals.ts';
import { expectedVersion } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function goalsRoutes(api: Api, { runner }: RouteContext) {
  api.put(
    '/goals',
    {
      schema: {
        operationId: 'setGoal',
        tags: ['analytics'],
        summary:
          "Set a person's goal (manager, admin): one target per person, measure (and activity type) and week or month — 201 when new, 200 when replaced. The people report scales it to its period",
        body: GoalBody,
        response: { 200: GoalSchema, 201: GoalSchema, ...problems(400, 401, 403, 412) },
      },
    },
    async (request, reply) => {
      const { goal, created } = await runner.run(
        setGoal,
        {
          ...request.body,
          activityType: request.body.activityType ?? null,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', `"${goal.version}"`)
        .send(presentGoal(goal));
    },
  );

  api.get(
    '/goals',
    {
      schema: {
        operationId: 'listGoals',
        tags: ['analytics'],
        summary: "The people's goals, by name (everyone may read them)",
        querystring: GoalQuery,
        response: { 200: z.object({ items: z.array(GoalSchema) }), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const items = await runner.read(listGoals, request.query, actorOf(request));
      return { items: items.map(presentGoal) };
    },
  );

  api.delete(
    '/goals/:id',
    {
      schema: {
        operationId: 'deleteGoal',
        tags: ['analytics'],
        summary: "Remove a person's goal (manager, admin)",
        params: IdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      await runner.run(
        deleteGoal,
        { goalId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
