import { readForecast } from '../app/read-forecast.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { forecastTable } from './presenters/report-tables.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { ReportQuery } from './schemas/reports.ts';
import { ForecastReportSchema } from './schemas/reports-forecast.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentForecast } from './presenters/reports.ts';

export function reportsForecastRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/forecast',
    {
      schema: {
        operationId: 'getForecastReport',
        tags: ['analytics'],
        summary:
          'Open deals weighted by stage probability, by expected close month and owner; past expected close dates flagged (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: ForecastReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentForecast(
        await runner.run(readForecast, request.query, actorOf(request)),
      );
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'forecast',
        report.filters,
        report,
        forecastTable,
      );
    },
  );
}
