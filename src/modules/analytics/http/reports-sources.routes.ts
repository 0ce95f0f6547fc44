import { readSources } from '../app/read-sources.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { sourcesTable } from './presenters/sources-tables.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import {
  SOURCES_DESCRIPTION,
  SourcesReportQuery,
  SourcesReportSchema,
} from './schemas/reports-sources.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentSources } from './presenters/reports.ts';

export function reportsSourcesRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/sources',
    {
      schema: {
        operationId: 'getSourcesReport',
        tags: ['analytics'],
        summary:
          'Sources → revenue per channel, medium or campaign: leads, MQL, SQL, deals, won, revenue, conversions, time to first contact, cost per lead and per won deal, return (`format=csv|xlsx` for a file)',
        description: SOURCES_DESCRIPTION,
        querystring: SourcesReportQuery,
        response: { 200: SourcesReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentSources(await runner.run(readSources, request.query, actorOf(request)));
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'sources',
        report.filters,
        report,
        sourcesTable,
      );
    },
  );
}
