import { readVelocity } from '../app/read-velocity.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { velocityTable } from './presenters/report-tables.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { PipelineReportQuery } from './schemas/reports.ts';
import { VelocityReportSchema } from './schemas/reports-velocity.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentVelocity } from './presenters/reports.ts';

export function reportsVelocityRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/velocity',
    {
      schema: {
        operationId: 'getVelocityReport',
        tags: ['analytics'],
        summary:
          'Median and p75 days in each stage, the bottleneck, cycle time to won and lost, per month (`format=csv|xlsx` for a file)',
        querystring: PipelineReportQuery,
        response: { 200: VelocityReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentVelocity(
        await runner.run(readVelocity, request.query, actorOf(request)),
      );
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'velocity',
        report.filters,
        report,
        velocityTable,
      );
    },
  );
}
