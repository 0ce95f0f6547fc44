import { z } from 'zod';
import { deleteChannelCost } from '../app/delete-channel-cost.ts';
import { listChannelCosts } from '../app/list-channel-costs.ts';
import { putChannelCost } from '../app/put-channel-cost.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentChannelCost } from './presenters/channel-costs.ts';
import { ChannelCostBody, ChannelCostQuery, ChannelCostSchema } from './schemas/channel-costs.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function channelCostsRoutes(api: Api, { runner }: RouteContext) {
  api.put(
    '/channel-costs',
    {
      schema: {
        operationId: 'setChannelCost',
        tags: ['analytics'],
        summary:
          "Set what a source cost in a month (manager, admin): one amount per month, channel, medium and campaign — 201 when new, 200 when replaced. The sources report counts it pro rata by day (a period's share of each month's days)",
        body: ChannelCostBody,
        response: {
          200: ChannelCostSchema,
          201: ChannelCostSchema,
          ...problems(400, 401, 403, 412),
        },
      },
    },
    async (request, reply) => {
      const { cost, created } = await runner.run(
        putChannelCost,
        {
          ...request.body,
          medium: request.body.medium ?? null,
          campaign: request.body.campaign ?? null,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return reply
        .status(created ? 201 : 200)
        .header('etag', `"${cost.version}"`)
        .send(presentChannelCost(cost));
    },
  );

  api.get(
    '/channel-costs',
    {
      schema: {
        operationId: 'listChannelCosts',
        tags: ['analytics'],
        summary: 'Monthly costs per source, oldest month first',
        querystring: ChannelCostQuery,
        response: {
          200: z.object({ items: z.array(ChannelCostSchema) }),
          ...problems(400, 401, 403),
        },
      },
    },
    async (request) => {
      const items = await runner.read(listChannelCosts, request.query, actorOf(request));
      return { items: items.map(presentChannelCost) };
    },
  );

  api.delete(
    '/channel-costs/:id',
    {
      schema: {
        operationId: 'deleteChannelCost',
        tags: ['analytics'],
        summary: "Remove a month's cost of a source (manager, admin)",
        params: IdParams,
        response: { 204: z.null(), ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      await runner.run(
        deleteChannelCost,
        { costId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return reply.status(204).send(null);
    },
  );
}
