import { listLeadHistory } from '../app/list-lead-history.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentLeadHistoryItem } from './presenters/lead-history.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { LeadHistoryItemSchema } from './schemas/lead-history.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function leadHistoryRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/leads/:id/history',
    {
      schema: {
        operationId: 'listLeadHistory',
        tags: ['leads'],
        summary:
          "The lead's timeline, newest first, from the event log: created (source, form), statuses, disqualification, conversion, activities and calls",
        params: IdParams,
        querystring: PageQuery,
        response: { 200: pageOf(LeadHistoryItemSchema), ...problems(400, 401, 403, 404) },
      },
    },
    async (request) => {
      const page = await runner.run(
        listLeadHistory,
        {
          leadId: request.params.id,
          limit: request.query.limit,
          cursor: request.query.cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentLeadHistoryItem), nextCursor: page.nextCursor };
    },
  );
}
