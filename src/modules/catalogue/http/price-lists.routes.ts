import { createPriceList } from '../app/price-lists/create-price-list.ts';
import { getPriceList } from '../app/price-lists/get-price-list.ts';
import { listPriceLists } from '../app/price-lists/list-price-lists.ts';
import { updatePriceList } from '../app/price-lists/update-price-list.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import {
  IdParams,
  PageQuery,
  pageOf,
  problems,
  queryFlag,
} from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentPriceList } from './presenters/catalogue.ts';
import {
  PriceListBody,
  PriceListPatchBody,
  PriceListQuery,
  PriceListSchema,
} from './schemas/catalogue.ts';

export function priceListsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/price-lists',
    {
      schema: {
        operationId: 'createPriceList',
        tags: ['catalogue'],
        summary: 'Add a price list in one currency, with its validity and prices (manager, admin)',
        body: PriceListBody,
        response: { 201: PriceListSchema, ...problems(400, 401, 403, 422) },
      },
    },
    async (request, reply) => {
      const list = await runner.run(createPriceList, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${list.version}"`).send(presentPriceList(list));
    },
  );

  api.get(
    '/price-lists',
    {
      schema: {
        operationId: 'listPriceLists',
        tags: ['catalogue'],
        summary: 'The price lists with their prices, by name, a page at a time',
        querystring: PageQuery.extend(PriceListQuery.shape),
        response: { 200: pageOf(PriceListSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { active, currency, limit, cursor } = request.query;
      const page = await runner.run(
        listPriceLists,
        { active: queryFlag(active), currency: currency ?? null, limit, cursor: cursor ?? null },
        actorOf(request),
      );
      return { items: page.items.map(presentPriceList), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/price-lists/:id',
    {
      schema: {
        operationId: 'getPriceList',
        tags: ['catalogue'],
        summary: 'One price list with its prices',
        params: IdParams,
        response: { 200: PriceListSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        presentPriceList(
          await runner.run(getPriceList, { priceListId: request.params.id }, actorOf(request)),
        ),
      ),
  );

  api.patch(
    '/price-lists/:id',
    {
      schema: {
        operationId: 'updatePriceList',
        tags: ['catalogue'],
        summary: 'Edit a price list; prices replaces all of them; active:false retires it',
        params: IdParams,
        body: PriceListPatchBody,
        response: { 200: PriceListSchema, ...problems(400, 401, 403, 404, 412, 422) },
      },
    },
    async (request, reply) => {
      const list = await runner.run(
        updatePriceList,
        {
          ...request.body,
          priceListId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentPriceList(list));
    },
  );
}
