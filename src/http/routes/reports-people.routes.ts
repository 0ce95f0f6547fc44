import { readPeople } from '../../app/analytics/read-people.ts';
import { actorOf } from '../auth/authenticate.ts';
import { peopleTable } from '../presenters/report-tables.ts';
import { sendReport } from '../report-files.ts';
import { problems } from '../schemas/common.ts';
import { ReportQuery } from '../schemas/reports.ts';
import { PeopleReportSchema } from '../schemas/reports-people.ts';
import type { Api, RouteContext } from './context.ts';

export function reportsPeopleRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/people',
    {
      schema: {
        tags: ['reports'],
        summary:
          'Per person: activities completed by type, deals created, won and lost in the period; stuck and no-next-step deals now (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: PeopleReportSchema, ...problems(400, 401, 404) },
      },
    },
    async (request, reply) => {
      const { format, ...filters } = request.query;
      const report = await runner.run(readPeople, filters, actorOf(request));
      return sendReport(reply, format, 'people', report.filters, report, peopleTable);
    },
  );
}
