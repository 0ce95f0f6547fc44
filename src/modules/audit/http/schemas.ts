import { z } from 'zod';
import { AUDIT_ACTIONS, AUDIT_SUBJECT_KINDS } from '../../../contract/audit.ts';
import { Id, PageQuery, Timestamp } from '../../../kernel/http/common-schemas.ts';

export const AuditQuery = PageQuery.extend({
  from: z.iso
    .date()
    .optional()
    .describe('First day of the period (YYYY-MM-DD, workspace time zone)'),
  to: z.iso.date().optional().describe('Last day of the period, inclusive'),
  actorId: Id.optional().describe('Only what this person did'),
  action: z.enum(AUDIT_ACTIONS).optional().describe('Only this action'),
});

export const AuditEntrySchema = z
  .object({
    id: Id,
    at: Timestamp,
    actorId: Id.nullable().describe(
      'Who acted; null when nobody signed in did (a refused sign-in, the CLI, a job)',
    ),
    action: z.enum(AUDIT_ACTIONS),
    subject: z
      .object({
        kind: z.enum(AUDIT_SUBJECT_KINDS),
        id: z.string().nullable().describe("The record's id, or a report's name"),
        label: z.string().nullable().describe('Its name (or e-mail) when the entry was written'),
      })
      .nullable(),
    ip: z.string().nullable().describe('The client address the request came from'),
    details: z
      .record(z.string(), z.unknown())
      .describe('What else the action says (fields changed, role from and to, report filters)'),
  })
  .meta({ id: 'AuditEntry' });
