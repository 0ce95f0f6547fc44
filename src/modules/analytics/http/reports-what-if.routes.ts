import { readWhatIf } from '../app/read-what-if.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { whatIfTable } from './presenters/what-if-table.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import {
  WHAT_IF_DESCRIPTION,
  WhatIfBody,
  WhatIfQuery,
  WhatIfReportSchema,
} from './schemas/reports-what-if.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentWhatIf } from './presenters/reports.ts';

export function reportsWhatIfRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/reports/what-if',
    {
      schema: {
        operationId: 'getWhatIfReport',
        tags: ['analytics'],
        summary:
          'What-if: the measured drivers of a pipeline projected month by month, as they are and as changed, with the gain of each driver 10 % better (changes nothing; `format=csv|xlsx` for a file)',
        description: WHAT_IF_DESCRIPTION,
        querystring: WhatIfQuery,
        body: WhatIfBody,
        response: { 200: WhatIfReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const report = presentWhatIf(
        await runner.run(
          readWhatIf,
          { ...request.body, format: request.query.format },
          actorOf(request),
        ),
      );
      return sendReportIn(
        runner,
        request,
        reply,
        request.query.format,
        'what-if',
        report.filters,
        report,
        whatIfTable,
      );
    },
  );
}
