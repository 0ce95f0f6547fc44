import { readForecast } from '../../app/analytics/read-forecast.ts';
import { actorOf } from '../auth/authenticate.ts';
import { forecastTable } from '../presenters/report-tables.ts';
import { sendReport } from '../report-files.ts';
import { problems } from '../schemas/common.ts';
import { ReportQuery } from '../schemas/reports.ts';
import { ForecastReportSchema } from '../schemas/reports-forecast.ts';
import type { Api, RouteContext } from './context.ts';

export function reportsForecastRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/forecast',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Open deals weighted by stage probability, by expected close month and owner; past expected close dates flagged (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: ForecastReportSchema, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const report = await runner.run(readForecast, filters, actorOf(request));
      return sendReport(reply, format, 'forecast', report.filters, report, forecastTable);
    },
  );
}
