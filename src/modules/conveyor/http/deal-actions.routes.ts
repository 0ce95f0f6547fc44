import { z } from 'zod';
import { loseDeal } from '../app/deals/lose-deal.ts';
import { moveDeal, tryMoveDeal } from '../app/deals/move-deal.ts';
import { reopenDeal } from '../app/deals/reopen-deal.ts';
import { setDealCheck } from '../app/deals/set-deal-check.ts';
import { winDeal } from '../app/deals/win-deal.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentDeal } from './presenters/deals.ts';
import { Id, IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { CheckBody, DealSchema, LoseBody, MoveBody, ReopenBody, WinBody } from './schemas/deals.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function dealActionsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/deals/:id/move',
    {
      schema: {
        operationId: 'moveDeal',
        tags: ['conveyor'],
        summary:
          'Move to another stage: forward needs the exit criteria of the current and every skipped stage (422 stage_gate_unmet lists them), or a manager override with a reason',
        params: IdParams,
        body: MoveBody,
        response: { 200: DealSchema, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const view = await runner.runOptimistic(
        tryMoveDeal,
        moveDeal,
        { ...request.body, dealId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentDeal(view));
    },
  );

  api.post(
    '/deals/:id/win',
    {
      schema: {
        operationId: 'winDeal',
        tags: ['conveyor'],
        summary: 'Win: passes the remaining stages, whose criteria apply as for a forward move',
        params: IdParams,
        body: WinBody,
        response: { 200: DealSchema, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const view = await runner.run(
        winDeal,
        { ...request.body, dealId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentDeal(view));
    },
  );

  api.post(
    '/deals/:id/lose',
    {
      schema: {
        operationId: 'loseDeal',
        tags: ['conveyor'],
        summary: "Lose with an active reason from the workspace's list allowed at this stage",
        params: IdParams,
        body: LoseBody,
        response: { 200: DealSchema, ...problems(400, 401, 403, 404, 409, 412, 422) },
      },
    },
    async (request, reply) => {
      const view = await runner.run(
        loseDeal,
        { ...request.body, dealId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentDeal(view));
    },
  );

  api.post(
    '/deals/:id/reopen',
    {
      schema: {
        operationId: 'reopenDeal',
        tags: ['conveyor'],
        summary: 'Back to open, in the stage it was closed from',
        params: IdParams,
        body: ReopenBody.optional(),
        response: { 200: DealSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const view = await runner.run(
        reopenDeal,
        { dealId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentDeal(view));
    },
  );

  api.put(
    '/deals/:id/checks/:criterionId',
    {
      schema: {
        operationId: 'setDealCheck',
        tags: ['conveyor'],
        summary: 'Tick or untick a check criterion on the deal',
        params: z.object({ id: Id, criterionId: Id }),
        body: CheckBody,
        response: { 200: DealSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const view = await runner.run(
        setDealCheck,
        {
          dealId: request.params.id,
          criterionId: request.params.criterionId,
          done: request.body.done,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentDeal(view));
    },
  );
}
