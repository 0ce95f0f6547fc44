import { readPeople } from '../app/read-people.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { peopleTable } from './presenters/report-tables.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { ReportQuery } from './schemas/reports.ts';
import { PeopleReportSchema } from './schemas/reports-people.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentPeople } from './presenters/reports.ts';

export function reportsPeopleRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/people',
    {
      schema: {
        operationId: 'getPeopleReport',
        tags: ['analytics'],
        summary:
          'Per person: activities completed by type, deals created, won and lost in the period; stuck and no-next-step deals now (`format=csv|xlsx` for a file)',
        querystring: ReportQuery,
        response: { 200: PeopleReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentPeople(await runner.run(readPeople, request.query, actorOf(request)));
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'people',
        report.filters,
        report,
        peopleTable,
      );
    },
  );
}
