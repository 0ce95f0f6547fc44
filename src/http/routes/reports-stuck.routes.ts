import { readStuck } from '../../app/analytics/read-stuck.ts';
import { actorOf } from '../auth/authenticate.ts';
import { presentStuck, stuckTable } from '../presenters/stuck-report.ts';
import { sendReport } from '../report-files.ts';
import { problems } from '../schemas/common.ts';
import { ReportQuery } from '../schemas/reports.ts';
import { StuckReportSchema } from '../schemas/reports-stuck.ts';
import type { Api, RouteContext } from './context.ts';

export function reportsStuckRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/stuck',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Per person, now: stuck deals, deals without a next step, overdue activities (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: StuckReportSchema, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const report = presentStuck(await runner.run(readStuck, filters, actorOf(request)));
      return sendReport(reply, format, 'stuck', report.filters, report, stuckTable);
    },
  );
}
