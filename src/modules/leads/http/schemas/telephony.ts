import { z } from 'zod';
import { Id, Timestamp } from '../../../../kernel/http/common-schemas.ts';
import { CHANNELS } from '../../../../contract/sources.ts';
import { CALL_STATUSES } from '../../../../contract/leads.ts';

export const CallEventBody = z
  .object({
    callId: z.string().trim().min(1).max(200),
    direction: z.enum(CHANNELS),
    from: z.string().trim().min(1).max(60),
    to: z.string().trim().min(1).max(60),
    status: z.enum(CALL_STATUSES),
    startedAt: Timestamp,
    durationSeconds: z.number().int().min(0).max(86_400).nullable().optional(),
    agent: z
      .string()
      .trim()
      .max(254)
      .nullable()
      .optional()
      .describe("The member on the call: user id or e-mail; the call's owner"),
  })
  .strict();

export const CallResultSchema = z
  .object({
    callId: z.string(),
    contactId: Id.nullable(),
    leadId: Id.nullable(),
    dealId: Id.nullable(),
    activityId: Id.nullable().describe('The completed call activity (answered, ended)'),
    callbackId: Id.nullable().describe('The planned callback (missed inbound call)'),
    leadCreated: z.boolean().describe('A new inbound lead was opened for an unknown number'),
  })
  .meta({ id: 'CallEventResult' });
