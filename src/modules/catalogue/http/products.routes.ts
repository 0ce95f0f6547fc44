import { createProduct } from '../app/products/create-product.ts';
import { listProducts } from '../app/products/list-products.ts';
import { updateProduct } from '../app/products/update-product.ts';
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
import { presentProduct } from './presenters/catalogue.ts';
import { ProductBody, ProductPatchBody, ProductQuery, ProductSchema } from './schemas/catalogue.ts';

export function productsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/products',
    {
      schema: {
        operationId: 'createProduct',
        tags: ['catalogue'],
        summary: 'Add a product to the catalogue (manager, admin)',
        body: ProductBody,
        response: { 201: ProductSchema, ...problems(400, 401, 403) },
      },
    },
    async (request, reply) => {
      const product = await runner.run(createProduct, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${product.version}"`).send(presentProduct(product));
    },
  );

  api.get(
    '/products',
    {
      schema: {
        operationId: 'listProducts',
        tags: ['catalogue'],
        summary: 'The catalogue, by name, a page at a time',
        querystring: PageQuery.extend(ProductQuery.shape),
        response: { 200: pageOf(ProductSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { active, category, q, limit, cursor } = request.query;
      const page = await runner.read(
        listProducts,
        {
          active: queryFlag(active),
          category: category ?? null,
          q: q ?? null,
          limit,
          cursor: cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentProduct), nextCursor: page.nextCursor };
    },
  );

  api.patch(
    '/products/:id',
    {
      schema: {
        operationId: 'updateProduct',
        tags: ['catalogue'],
        summary: 'Edit a product; active:false retires it (it stays on the deals that have it)',
        params: IdParams,
        body: ProductPatchBody,
        response: { 200: ProductSchema, ...problems(400, 401, 403, 404, 412) },
      },
    },
    async (request, reply) => {
      const product = await runner.run(
        updateProduct,
        {
          ...request.body,
          productId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentProduct(product));
    },
  );
}
