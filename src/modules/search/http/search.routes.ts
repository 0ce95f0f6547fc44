import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { searchRecords } from '../app/search-records.ts';
import { SearchAnswerSchema, SearchQuery } from './schemas.ts';

export function searchRoutes(api: Api, { runner, search }: RouteContext) {
  api.get(
    '/search',
    {
      schema: {
        operationId: 'search',
        tags: ['search'],
        summary:
          'Deals, companies, contacts and leads the caller may see, by name, e-mail, phone (any format) or company, best first',
        querystring: SearchQuery,
        response: { 200: SearchAnswerSchema, ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { q, kinds, limit } = request.query;
      // Two statements when the query reads as a phone number (the workspace's country first).
      const rows = await runner.run(
        searchRecords,
        { q, kinds: kinds ?? null, limit, parts: search },
        actorOf(request),
      );
      return {
        items: rows.map((row) => ({
          kind: row.kind,
          id: row.id,
          title: row.title,
          subtitle: row.subtitle,
        })),
      };
    },
  );
}
