import { z } from 'zod';
import { OptionalEmail, OptionalPhone } from '../../../accounts/index.ts';
import {
  BooleanQuery,
  Id,
  MoneyAmount,
  OptionalText,
  RequiredName,
  Timestamp,
} from '../../../../kernel/http/common-schemas.ts';
import { LEAD_STATUSES, LEAD_TARGETS } from '../../../../contract/leads.ts';
import { CHANNELS } from '../../../../contract/sources.ts';

const nullable = z.string().nullable();
const Channel = z.enum(CHANNELS);

export const LeadSchema = z
  .object({
    id: Id,
    name: z.string(),
    companyName: nullable,
    email: nullable,
    phone: nullable.describe('E.164, e.g. +48601234567'),
    message: nullable.describe('The enquiry as written (web forms)'),
    source: z.object({ channel: Channel, medium: nullable, campaign: nullable }),
    status: z.enum(LEAD_STATUSES),
    ownerId: Id.nullable().describe('null: in the unassigned queue'),
    contactId: Id.nullable().describe('The existing contact with the same e-mail or phone'),
    companyId: Id.nullable(),
    disqualifyReason: nullable.describe("The reason's name when the lead was disqualified"),
    disqualificationReasonId: Id.nullable(),
    disqualifyComment: nullable,
    convertedDealId: Id.nullable(),
    firstContactedAt: Timestamp.nullable(),
    closedAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Lead' });

export const LeadBody = z
  .object({
    name: RequiredName,
    companyName: OptionalText(200),
    email: OptionalEmail,
    phone: OptionalPhone,
    source: z
      .object({
        channel: Channel,
        medium: OptionalText(100),
        campaign: OptionalText(200),
      })
      .strict(),
    ownerId: Id.optional().describe(
      'Absent: round robin among hunters under their leadLimit (null owner when all are full); a user at their limit → 409 lead_limit_reached',
    ),
  })
  .strict();

export const LeadPatchBody = z
  .object({
    name: RequiredName,
    companyName: OptionalText(200),
    email: OptionalEmail,
    phone: OptionalPhone,
    ownerId: Id.nullable().describe('null: back to the unassigned queue'),
    contactId: Id.nullable(),
    companyId: Id.nullable(),
  })
  .partial()
  .strict();

export const LeadStatusBody = z.object({ status: z.enum(LEAD_TARGETS) }).strict();

export const DisqualifyBody = z
  .object({
    // Not required here: a missing or unknown reason is 422 disqualification_reason_invalid.
    reasonId: z.string().max(100).optional().describe('A reason from /disqualification-reasons'),
    comment: OptionalText(2000),
  })
  .strict();

export const ConvertBody = z
  .object({
    pipelineId: Id,
    title: RequiredName.optional(),
    value: MoneyAmount.nullable().optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, 'An ISO 4217 code like PLN')
      .optional(),
  })
  .strict();

export const LeadQuery = z.object({
  status: z
    .enum([...LEAD_STATUSES, 'open'])
    .optional()
    .describe('A status, or "open" for any not converted or disqualified'),
  ownerId: Id.optional(),
  channel: Channel.optional(),
  unassigned: BooleanQuery.optional().describe('true: only leads without an owner'),
  createdBefore: Timestamp.optional().describe('Created strictly before (older leads)'),
  createdAfter: Timestamp.optional().describe('Created at or after (newer leads)'),
});

export const LeadLoadSchema = z
  .object({
    people: z.array(
      z.object({
        userId: Id,
        name: z.string(),
        hunter: z.boolean(),
        active: z.boolean(),
        openLeads: z.number().int(),
        leadLimit: z.number().int().nullable(),
        available: z.boolean().describe('Below their limit: may take another lead'),
      }),
    ),
    unassigned: z.number().int().describe('Open leads waiting in the queue'),
  })
  .meta({ id: 'LeadLoad' });
