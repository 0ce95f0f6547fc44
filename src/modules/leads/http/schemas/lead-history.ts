import { z } from 'zod';
import { EVENT_TYPES } from '../../../../contract/event-types.ts';
import { Id, Timestamp } from '../../../../kernel/http/common-schemas.ts';
import { ASSIGNMENT_HOWS } from '../../../../contract/leads.ts';
import { TOUCH_TYPES } from '../../../../contract/activities.ts';

const nullable = z.string().nullable();
const Person = z.object({ id: Id, name: nullable.describe('Null: the user is gone') });

export const LeadHistoryItemSchema = z
  .object({
    id: Id,
    type: z.enum(EVENT_TYPES),
    occurredAt: Timestamp,
    actor: z
      .object({ id: Id, name: z.string() })
      .nullable()
      .describe('Who did it; null for the system (a public web form, routing)'),
    ownerId: Id.nullable().describe("The lead's owner when it happened (null: in the queue)"),
    source: z
      .object({ channel: nullable, medium: nullable, campaign: nullable })
      .nullable()
      .describe('lead.created: where the lead came from'),
    origin: z
      .object({
        formId: Id.nullable(),
        formName: nullable.describe('Null: the form is gone'),
        utmSource: nullable,
        callId: nullable.describe('A missed call from an unknown number'),
        importId: Id.nullable().describe('A prospect list import'),
      })
      .nullable()
      .describe('lead.created: the entry point'),
    secondsToFirstContact: z
      .number()
      .int()
      .nullable()
      .describe('lead.contacted: seconds from creation to first contact (speed to lead)'),
    contactedBy: z
      .enum(TOUCH_TYPES)
      .nullable()
      .describe('lead.contacted: the logged activity that was the first contact (null: by hand)'),
    reason: nullable.describe('lead.disqualified: why'),
    dealId: Id.nullable().describe('lead.converted: the deal it became'),
    activity: z
      .object({
        id: Id,
        type: z.string(),
        subject: nullable.describe('Null: the activity is gone'),
        logged: z
          .boolean()
          .describe('activity.created: recorded as already done (an activity.completed follows)'),
      })
      .nullable(),
    assignment: z
      .object({
        how: z
          .enum(ASSIGNMENT_HOWS)
          .describe(
            'routing: round robin on arrival; queue: picked up from the unassigned queue; manual: by hand',
          ),
        from: Person.nullable().describe('The previous owner (null: it was unassigned)'),
        to: Person.nullable().describe('The new owner (null: back to the unassigned queue)'),
      })
      .nullable()
      .describe('lead.assigned: who the lead was given to, from whom, and how'),
    call: z
      .object({
        direction: nullable,
        status: nullable,
        durationSeconds: z.number().int().nullable(),
      })
      .nullable()
      .describe('call.answered and call.missed'),
  })
  .meta({ id: 'LeadHistoryItem' });
