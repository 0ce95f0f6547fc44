import { createCompany } from '../app/create-company.ts';
import { getCompany } from '../app/get-company.ts';
import { listCompanies } from '../app/list-companies.ts';
import { updateCompany } from '../app/update-company.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentCompany } from './presenters.ts';
import { CompanyBody, CompanyPatchBody, CompanySchema, SearchQuery } from './schemas.ts';
import { IdParams, PageQuery, pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function companiesRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/companies',
    {
      schema: {
        operationId: 'createCompany',
        tags: ['accounts'],
        summary:
          'Create a company; an e-mail or phone already used by another company is 409 duplicate',
        body: CompanyBody,
        response: { 201: CompanySchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const company = await runner.run(createCompany, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${company.version}"`).send(presentCompany(company));
    },
  );

  api.get(
    '/companies',
    {
      schema: {
        operationId: 'listCompanies',
        tags: ['accounts'],
        summary: 'Companies by name; q searches name, e-mail, website and phone',
        querystring: PageQuery.extend(SearchQuery.shape),
        response: { 200: pageOf(CompanySchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { q, limit, cursor } = request.query;
      const page = await runner.run(
        listCompanies,
        { q: q || null, limit, cursor: cursor ?? null },
        actorOf(request),
      );
      return { items: page.items.map(presentCompany), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/companies/:id',
    {
      schema: {
        operationId: 'getCompany',
        tags: ['accounts'],
        summary: 'One company',
        params: IdParams,
        response: { 200: CompanySchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const company = await runner.read(
        getCompany,
        { companyId: request.params.id },
        actorOf(request),
      );
      return withEtag(reply, presentCompany(company));
    },
  );

  api.patch(
    '/companies/:id',
    {
      schema: {
        operationId: 'updateCompany',
        tags: ['accounts'],
        summary: 'Change a company (If-Match: its version, else 412)',
        params: IdParams,
        body: CompanyPatchBody,
        response: { 200: CompanySchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const company = await runner.run(
        updateCompany,
        {
          ...request.body,
          companyId: request.params.id,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentCompany(company));
    },
  );
}
