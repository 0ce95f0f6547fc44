import { readLeadFunnel } from '../app/read-lead-funnel.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { leadFunnelTable } from './presenters/lead-funnel-table.ts';
import { sendReportIn } from './report-export.ts';
import { problems } from '../../../kernel/http/common-schemas.ts';
import { LeadFunnelQuery, LeadFunnelReportSchema } from './schemas/reports-lead-funnel.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentLeadFunnel } from './presenters/reports.ts';

export function reportsLeadFunnelRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/reports/lead-funnel',
    {
      schema: {
        operationId: 'getLeadFunnelReport',
        tags: ['analytics'],
        summary:
          'Funnel of the leads created in the period (of one source with channel/medium/campaign): contacted, replied, MQL, SQL, converted and won since, time to first contact (`format=csv|xlsx` for a file)',
        description:
          "Owner and team filters are on the lead's owner; `pipelineId` counts only the deals of that pipeline as converted and won. Won and revenue are as of now.",
        querystring: LeadFunnelQuery,
        response: { 200: LeadFunnelReportSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) => {
      const { format } = request.query;
      const report = presentLeadFunnel(
        await runner.run(readLeadFunnel, request.query, actorOf(request)),
      );
      return sendReportIn(
        runner,
        request,
        reply,
        format,
        'lead-funnel',
        report.filters,
        report,
        leadFunnelTable,
      );
    },
  );
}
