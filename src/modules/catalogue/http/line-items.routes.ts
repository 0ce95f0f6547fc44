import { getDealLineItems } from '../app/line-items/get-deal-line-items.ts';
import { setDealLineItems } from '../app/line-items/set-deal-line-items.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentDealLineItems } from './presenters/catalogue.ts';
import { DealWithLineItemsSchema, LineItemsBody } from './schemas/catalogue.ts';

export function lineItemsRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/deals/:id/line-items',
    {
      schema: {
        operationId: 'getDealLineItems',
        tags: ['catalogue'],
        summary: 'A deal with its line items and their total',
        params: IdParams,
        response: { 200: DealWithLineItemsSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        presentDealLineItems(
          await runner.run(getDealLineItems, { dealId: request.params.id }, actorOf(request)),
        ),
      ),
  );

  api.put(
    '/deals/:id/line-items',
    {
      schema: {
        operationId: 'setDealLineItems',
        tags: ['catalogue'],
        summary:
          "Replace an open deal's line items; their total becomes its value unless set by hand",
        params: IdParams,
        body: LineItemsBody,
        response: {
          200: DealWithLineItemsSchema,
          ...problems(400, 401, 403, 404, 409, 412, 422),
        },
      },
    },
    async (request, reply) => {
      const result = await runner.run(
        setDealLineItems,
        { ...request.body, dealId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentDealLineItems(result));
    },
  );
}
