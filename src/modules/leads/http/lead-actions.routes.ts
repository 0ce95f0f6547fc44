import { z } from 'zod';
import { changeLeadStatus } from '../app/change-lead-status.ts';
import { convertLead } from '../app/convert-lead.ts';
import { disqualifyLead } from '../app/disqualify-lead.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentDeal } from '../../conveyor/index.ts';
import { presentLead } from './presenters/leads.ts';
import { IdParams, problems } from '../../../kernel/http/common-schemas.ts';
import { DealSchema } from '../../conveyor/index.ts';
import { ConvertBody, DisqualifyBody, LeadSchema, LeadStatusBody } from './schemas/leads.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function leadActionsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/leads/:id/status',
    {
      schema: {
        operationId: 'changeLeadStatus',
        tags: ['leads'],
        summary:
          'Move forward (new → contacted → replied → mql → sql); a skip records every status passed; back → 409 invalid_transition',
        params: IdParams,
        body: LeadStatusBody,
        response: { 200: LeadSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const lead = await runner.run(
        changeLeadStatus,
        {
          leadId: request.params.id,
          status: request.body.status,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentLead(lead));
    },
  );

  api.post(
    '/leads/:id/disqualify',
    {
      schema: {
        operationId: 'disqualifyLead',
        tags: ['leads'],
        summary:
          'Close an open lead with a reason from the list (missing or unknown → 422 disqualification_reason_invalid); a warm reason plans a revisit for its owner',
        params: IdParams,
        body: DisqualifyBody,
        response: { 200: LeadSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const lead = await runner.run(
        disqualifyLead,
        {
          leadId: request.params.id,
          reasonId: request.body.reasonId ?? null,
          comment: request.body.comment ?? null,
          expectedVersion: expectedVersion(request),
        },
        actorOf(request),
      );
      return withEtag(reply, presentLead(lead));
    },
  );

  api.post(
    '/leads/:id/convert',
    {
      schema: {
        operationId: 'convertLead',
        tags: ['leads'],
        summary:
          'Turn an sql lead into a deal keeping its source and leadId (else 409 lead_not_qualified)',
        params: IdParams,
        body: ConvertBody,
        response: {
          201: z.object({ deal: DealSchema, lead: LeadSchema }),
          ...problems(400, 401, 403, 404, 409, 412, 422),
        },
      },
    },
    async (request, reply) => {
      const { deal, lead } = await runner.run(
        convertLead,
        { ...request.body, leadId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return reply.status(201).send({ deal: presentDeal(deal), lead: presentLead(lead) });
    },
  );
}
