import { listAuditLog } from '../app/list-audit-entries.ts';
import { actorOf } from '../../../kernel/http/auth/authenticate.ts';
import { pageOf, problems } from '../../../kernel/http/common-schemas.ts';
import type { Api, RouteContext } from '../../../kernel/http/route-context.ts';
import { presentAuditEntry } from './presenters.ts';
import { AuditEntrySchema, AuditQuery } from './schemas.ts';

export function auditRoutes(api: Api, { runner }: RouteContext) {
  api.get(
    '/audit',
    {
      schema: {
        operationId: 'listAuditEntries',
        tags: ['audit'],
        summary:
          "The workspace's audit log, newest first (admins): sign-ins, invitations, members, tokens, configuration, overrides, exports and deletions",
        querystring: AuditQuery,
        response: { 200: pageOf(AuditEntrySchema), ...problems(400, 401, 403) },
      },
    },
    async (request) => {
      const { from, to, actorId, action, limit, cursor } = request.query;
      const page = await runner.read(
        listAuditLog,
        {
          from: from ?? null,
          to: to ?? null,
          actorId: actorId ?? null,
          action: action ?? null,
          limit,
          cursor: cursor ?? null,
        },
        actorOf(request),
      );
      return { items: page.items.map(presentAuditEntry), nextCursor: page.nextCursor };
    },
  );
}
