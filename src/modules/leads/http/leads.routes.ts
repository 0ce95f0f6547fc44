import { createLead } from '../app/create-lead.ts';
import { getLead } from '../app/get-lead.ts';
import { getLeadLoad } from '../app/get-lead-load.ts';
import { listLeads } from '../app/list-leads.ts';
import { updateLead } from '../app/update-lead.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { presentLead, presentLeadLoad } from './presenters/leads.ts';
import {
  IdParams,
  PageQuery,
  pageOf,
  problems,
  queryFlag,
} from '../../../kernel/http/common-schemas.ts';
import { LeadBody, LeadLoadSchema, LeadPatchBody, LeadQuery, LeadSchema } from './schemas/leads.ts';
import { expectedVersion, withEtag } from '../../../kernel/http/versioning.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';

export function leadsRoutes(api: Api, { runner }: RouteContext) {
  api.post(
    '/leads',
    {
      schema: {
        operationId: 'createLead',
        tags: ['leads'],
        summary:
          'Create a lead (status new); without ownerId it is routed by round robin among hunters under their limit, else it waits unassigned',
        body: LeadBody,
        response: { 201: LeadSchema, ...problems(400, 401, 403, 409) },
      },
    },
    async (request, reply) => {
      const lead = await runner.run(createLead, request.body, actorOf(request));
      return reply.status(201).header('etag', `"${lead.version}"`).send(presentLead(lead));
    },
  );

  api.get(
    '/leads',
    {
      schema: {
        operationId: 'listLeads',
        tags: ['leads'],
        summary: 'The leads inbox, newest first: by status, owner, channel, unassigned, age',
        querystring: PageQuery.extend(LeadQuery.shape),
        response: { 200: pageOf(LeadSchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const q = request.query;
      const page = await runner.read(
        listLeads,
        {
          status: q.status ?? null,
          ownerId: q.ownerId ?? null,
          channel: q.channel ?? null,
          unassigned: queryFlag(q.unassigned),
          createdBefore: q.createdBefore ? new Date(q.createdBefore) : null,
          createdAfter: q.createdAfter ? new Date(q.createdAfter) : null,
          limit: q.limit,
          cursor: q.cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentLead), nextCursor: page.nextCursor };
    },
  );

  api.get(
    '/leads/load',
    {
      schema: {
        operationId: 'getLeadLoad',
        tags: ['leads'],
        summary:
          "Each hunter's open leads against their limit, and the unassigned queue (managers and admins)",
        response: { 200: LeadLoadSchema, ...problems(401, 403) },
      },
    },
    async (request) => presentLeadLoad(await runner.run(getLeadLoad, undefined, actorOf(request))),
  );

  api.get(
    '/leads/:id',
    {
      schema: {
        operationId: 'getLead',
        tags: ['leads'],
        summary: 'One lead',
        params: IdParams,
        response: { 200: LeadSchema, ...problems(400, 401, 403, 404) },
      },
    },
    async (request, reply) =>
      withEtag(
        reply,
        presentLead(await runner.read(getLead, { leadId: request.params.id }, actorOf(request))),
      ),
  );

  api.patch(
    '/leads/:id',
    {
      schema: {
        operationId: 'updateLead',
        tags: ['leads'],
        summary:
          "Edit a lead's fields and owner (If-Match); an owner at their limit → 409 lead_limit_reached",
        params: IdParams,
        body: LeadPatchBody,
        response: { 200: LeadSchema, ...problems(400, 401, 403, 404, 409, 412) },
      },
    },
    async (request, reply) => {
      const lead = await runner.run(
        updateLead,
        { ...request.body, leadId: request.params.id, expectedVersion: expectedVersion(request) },
        actorOf(request),
      );
      return withEtag(reply, presentLead(lead));
    },
  );
}
