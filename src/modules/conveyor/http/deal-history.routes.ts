import { listDealHistory } from '../app/deals/list-deal-history.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentDealHistoryItem } from './presenters/deal-history.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { DealHistoryItemSchema } from './schemas/deal-history.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function dealHistoryRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/deals/:id/history',
    {
      schema: {
        operationId: 'listDealHistory',
        tags: ['conveyor'],
        summary:
          "The deal's history, newest first, from the event log: moves, overrides, wins, losses, reopenings, edits and activities",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(DealHistoryItemSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const page = await runner.run(
        listDealHistory,
        {
          dealId: request.params.id,
          limit: request.query.limit,
          cursor: request.query.cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentDealHistoryItem), nextCursor: page.nextCursor };
    },
  );
}
