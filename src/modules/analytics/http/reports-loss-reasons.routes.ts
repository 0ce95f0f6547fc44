import { readLossReasons } from '../app/read-loss-reasons.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { lossReasonsTable } from './presenters/report-tables.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { ReportQuery, SourceQuery } from './schemas/reports.ts';
import { LossReasonsReportSchema } from './schemas/reports-loss-reasons.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentLossReasons } from './presenters/reports.ts';

export function reportsLossReasonsRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/loss-reasons',
    {
      schema: {
        operationId: 'getLossReasonsReport',
        tags: ['analytics'],
        summary:
          'Deals lost in the period by reason, stage, owner, source and month: shares, value lost, warnings when one reason dominates or a reason keeps growing (`format=csv|xlsx` for a file)',
        querystring: ReportQuery.extend(SourceQuery),
        response: { 200: LossReasonsReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentLossReasons(
        await runner.run(readLossReasons, request.query, actorOf(request)),
      );
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'loss-reasons',
        report.filters,
        report,
        lossReasonsTable,
      );
    },
  );
}
