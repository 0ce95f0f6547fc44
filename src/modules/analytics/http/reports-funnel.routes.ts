import { readFunnel } from '../app/read-funnel.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { funnelTable } from './presenters/report-tables.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { PipelineReportQuery, SourceQuery } from './schemas/reports.ts';
import { FunnelReportSchema } from './schemas/reports-funnel.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentFunnel } from './presenters/reports.ts';

export function reportsFunnelRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/funnel',
    {
      schema: {
        operationId: 'getFunnelReport',
        tags: ['analytics'],
        summary:
          'Funnel of the deals created in a pipeline in the period (of one source with channel/medium/campaign): reached at any point and in order, conversion, value, won and lost (`format=csv|xlsx` for a file)',
        querystring: PipelineReportQuery.extend(SourceQuery),
        response: { 200: FunnelReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentFunnel(await runner.run(readFunnel, request.query, actorOf(request)));
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'funnel',
        report.filters,
        report,
        funnelTable,
      );
    },
  );
}
