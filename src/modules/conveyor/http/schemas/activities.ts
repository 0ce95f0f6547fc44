import { z } from 'zod';
import { Id, OptionalText, PageQuery, Timestamp } from '../../../../kernel/http/common-schemas.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import { ACTIVITY_STATES } from '../../../../contract/activities.ts';

const Time = Timestamp.transform((s) => new Date(s));
const Subject = z.string().trim().min(1, 'Required').max(300);
const Outcome = OptionalText(4000);

export const ActivitySchema = z
  .object({
    id: Id,
    type: z.enum(ACTIVITY_TYPES),
    subject: z.string(),
    dueAt: Timestamp.nullable(),
    doneAt: Timestamp.nullable().describe('Set once completed'),
    outcome: z.string().nullable(),
    dealId: Id.nullable(),
    leadId: Id.nullable(),
    contactId: Id.nullable(),
    companyId: Id.nullable(),
    ownerId: Id.nullable(),
    createdBy: Id,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
    state: z
      .enum(ACTIVITY_STATES)
      .describe('done once completed; overdue when not completed and past due; else planned'),
  })
  .meta({ id: 'Activity' });

export const ActivityBody = z
  .object({
    type: z.enum(ACTIVITY_TYPES),
    subject: Subject,
    dueAt: Time.nullable().optional().describe('Required unless doneAt is given'),
    doneAt: Time.nullable()
      .optional()
      .describe('Logs the activity as already completed; not in the future'),
    dealId: Id.nullable().optional(),
    leadId: Id.nullable().optional(),
    contactId: Id.nullable().optional(),
    companyId: Id.nullable().optional(),
    ownerId: Id.nullable()
      .optional()
      .describe("Default: the deal's owner when dealId is given, else the caller"),
    outcome: Outcome,
  })
  .strict();

export const ActivityPatchBody = z
  .object({
    subject: Subject.optional(),
    dueAt: Time.nullable().optional().describe('A not-completed activity keeps a due time'),
    ownerId: Id.optional(),
    outcome: Outcome,
  })
  .strict();

export const CompleteActivityBody = z
  .object({
    doneAt: Time.nullable().optional().describe('Default: now; not in the future'),
    outcome: Outcome,
  })
  .strict();

export const ActivityListQuery = PageQuery.extend({
  dealId: Id.optional(),
  leadId: Id.optional().describe("A lead's activities (its timeline's calls, e-mails, tasks)"),
  ownerId: Id.optional(),
  teamId: Id.optional().describe('Activities whose owner is in this team'),
  dueBefore: Timestamp.optional().describe('Due strictly before this time'),
  dueAfter: Timestamp.optional().describe('Due at or after this time'),
  state: z
    .enum(ACTIVITY_STATES)
    .optional()
    .describe(
      'planned: not completed (overdue ones included); overdue: not completed and past due; done: completed',
    ),
});
