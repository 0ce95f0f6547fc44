import { createDeal } from '../app/deals/create-deal.ts';
import { getDeal } from '../app/deals/get-deal.ts';
import { listDealStageTotals } from '../app/deals/list-deal-stage-totals.ts';
import { listDeals } from '../app/deals/list-deals.ts';
import { updateDeal } from '../app/deals/update-deal.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentDeal, presentDealListItem, presentStageTotals } from './presenters/deals.ts';
import {
  IdParams,
  PageQuery,
  pageOf,
  problems,
  queryFlag,
} from '../../../kernel/http/common-schemas.ts';
import {
  DealBody,
  DealPatchBody,
  DealQuery,
  DealListItemSchema,
  DealSchema,
  StageTotalsQuery,
  StageTotalsSchema,
} from './schemas/deals.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function dealsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/deals',
    {
      schema: {
        operationId: 'createDeal',
        tags: ['conveyor'],
        summary: "Create a deal; without stageId it starts in the pipeline's first stage",
        body: DealBody,
        response: { 201: DealSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const view = await runner.run(createDeal, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${view.deal.version}"`).send(presentDeal(view));
    },
  );

  api.get(
    '/deals',
    {
      schema: {
        operationId: 'listDeals',
        tags: ['conveyor'],
        summary: 'Deals, filtered by pipeline, stage, status, owner or team, stuck and next step',
        querystring: PageQuery.extend(DealQuery.shape),
        response: { 200: pageOf(DealListItemSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await runner.read(
        listDeals,
        {
          pipelineId: q.pipelineId ?? null,
          stageId: q.stageId ?? null,
          status: q.status ?? null,
          ownerId: q.ownerId ?? null,
          teamId: q.teamId ?? null,
          stuck: queryFlag(q.stuck),
          noNextActivity: queryFlag(q.noNextActivity),
          limit: q.limit,
          cursor: q.cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentDealListItem), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/deals/stage-totals',
    {
      schema: {
        operationId: 'getDealStageTotals',
        tags: ['conveyor'],
        summary:
          "Each stage's deal count, value and weighted value under the board's filters and the reader's view of records, and the whole pipeline's (the column headers of a board that draws only its first cards)",
        querystring: StageTotalsQuery,
        response: { 200: StageTotalsSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const q = request.query;
      const totals = await runner.run(
        listDealStageTotals,
        {
          pipelineId: q.pipelineId,
          status: q.status ?? null,
          ownerId: q.ownerId ?? null,
          teamId: q.teamId ?? null,
          stuck: queryFlag(q.stuck),
          noNextActivity: queryFlag(q.noNextActivity),
        },
        actorOf(request),
      );
      return presentStageTotals(totals);
    },
  );

  api.get(
    '/deals/:id',
    {
      schema: {
        operationId: 'getDeal',
        tags: ['conveyor'],
        summary: 'One deal with its checks, next activity and stuck marker',
        params: IdParams,
        response: { 200: DealSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        presentDeal(await runner.read(getDeal, { dealId: request.params.id }, actorOf(request))),
      ),
  );

  api.patch(
    '/deals/:id',
    {
      schema: {
        operationId: 'updateDeal',
        tags: ['conveyor'],
        summary:
          "Edit a deal's fields (If-Match: its version, else 412); stages change by move/win/lose",
        params: IdParams,
        body: DealPatchBody,
        response: { 200: DealSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const view = await runner.run(
        updateDeal,
        { ...request.body, dealId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentDeal(view));
    },
  );
}
