import { readStuck } from '../app/read-stuck.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentStuck, stuckTable } from './presenters/stuck-report.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { ReportQuery } from './schemas/reports.ts';
import { StuckReportSchema } from './schemas/reports-stuck.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function reportsStuckRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/stuck',
    {
      schema: {
        operationId: 'getStuckReport',
        tags: ['analytics'],
        summary:
          'Per person, now: stuck deals, deals without a next step, overdue activities (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: StuckReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentStuck(await runner.run(readStuck, request.query, actorOf(request)));
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'stuck',
        report.filters,
        report,
        stuckTable,
      );
    },
  );
}
