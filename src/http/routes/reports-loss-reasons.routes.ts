import { readLossReasons } from '../../app/analytics/read-loss-reasons.ts';
import { actorOf } from '../auth/authenticate.ts';
import { lossReasonsTable } from '../presenters/report-tables.ts';
import { sendReport } from '../report-files.ts';
import { problems } from '../schemas/common.ts';
import { ReportQuery } from '../schemas/reports.ts';
import { LossReasonsReportSchema } from '../schemas/reports-loss-reasons.ts';
import type { Api, RouteContext } from './context.ts';

export function reportsLossReasonsRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/loss-reasons',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Deals lost in the period by reason, stage and owner: shares, value lost, a warning when one reason dominates (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: LossReasonsReportSchema, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const report = await runner.run(readLossReasons, filters, actorOf(request));
      return sendReport(reply, format, 'loss-reasons', report.filters, report, lossReasonsTable);
    },
  );
}
