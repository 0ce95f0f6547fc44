import { z } from 'zod';
import { DEAL_STATUSES } from '../../../../contract/conveyor.ts';
import {
  MoneyAmount,
  BooleanQuery,
  Id,
  RequiredName,
  Timestamp,
} from '../../../../kernel/http/common-schemas.ts';
import { CHANNELS } from '../../../../contract/sources.ts';

const Currency = z.string().regex(/^[A-Z]{3}$/, 'An ISO 4217 code like PLN');
const DateOnly = z.iso.date();

export const SourceSchema = z.object({
  channel: z.enum(CHANNELS),
  medium: z.string().nullable(),
  campaign: z.string().nullable(),
});

export const DealSchema = z
  .object({
    id: Id,
    title: z.string(),
    pipelineId: Id,
    stageId: Id,
    status: z.enum(DEAL_STATUSES),
    value: z.number().nullable(),
    currency: z.string(),
    companyId: Id.nullable(),
    contactId: Id.nullable(),
    ownerId: Id.nullable(),
    expectedCloseDate: DateOnly.nullable(),
    source: SourceSchema.nullable(),
    leadId: Id.nullable(),
    nextActivity: z
      .object({ id: Id, type: z.string(), dueAt: Timestamp.nullable() })
      .nullable()
      .describe('The earliest planned activity; null: no next step'),
    stageEnteredAt: Timestamp,
    createdAt: Timestamp,
    updatedAt: Timestamp,
    closedAt: Timestamp.nullable(),
    lostReasonId: Id.nullable(),
    closeComment: z.string().nullable(),
    checks: z.array(z.object({ criterionId: Id, done: z.boolean() })),
    stuck: z.boolean().describe("Idle longer than its stage's rot days"),
    version: z.number().int(),
  })
  .meta({ id: 'Deal' });

/** A deal in a list carries what a board card shows, so a card needs no request of its own. */
export const DealListItemSchema = DealSchema.extend({
  companyName: z
    .string()
    .nullable()
    .describe("The company's name; null without a company or when the reader may not see it"),
}).meta({ id: 'DealListItem' });

const Comment = z.string().trim().max(5000).nullable().optional();

export const DealBody = z
  .object({
    title: RequiredName,
    pipelineId: Id,
    stageId: Id.optional(),
    value: MoneyAmount.nullable().optional(),
    currency: Currency.optional(),
    companyId: Id.nullable().optional(),
    contactId: Id.nullable().optional(),
    ownerId: Id.nullable().optional(),
    expectedCloseDate: DateOnly.nullable().optional(),
    source: z
      .object({
        channel: z.enum(CHANNELS),
        medium: z.string().trim().max(100).nullable().optional(),
        campaign: z.string().trim().max(200).nullable().optional(),
      })
      .nullable()
      .optional(),
  })
  .strict();

export const DealPatchBody = z
  .object({
    title: RequiredName,
    value: MoneyAmount.nullable(),
    currency: Currency,
    companyId: Id.nullable(),
    contactId: Id.nullable(),
    ownerId: Id.nullable(),
    expectedCloseDate: DateOnly.nullable(),
  })
  .partial()
  .strict();

const Override = z
  .object({ reason: z.string().max(2000).optional() })
  .describe('Managers and admins only; a written reason is required');

export const MoveBody = z.object({ stageId: Id, override: Override.optional() }).strict();
export const WinBody = z.object({ comment: Comment, override: Override.optional() }).strict();
export const LoseBody = z.object({ lostReasonId: Id.optional(), comment: Comment }).strict();
export const ReopenBody = z.object({}).strict();
export const CheckBody = z.object({ done: z.boolean() }).strict();

export const DealQuery = z.object({
  pipelineId: Id.optional(),
  stageId: Id.optional(),
  status: z.enum(DEAL_STATUSES).optional(),
  ownerId: Id.optional(),
  teamId: Id.optional().describe('Deals whose owner is in this team'),
  stuck: BooleanQuery.optional().describe("true: idle longer than its stage's rot days"),
  noNextActivity: BooleanQuery.optional().describe(
    'true: no planned (not completed) activity; false: has one',
  ),
});

export const StageTotalsQuery = DealQuery.omit({ stageId: true }).extend({ pipelineId: Id });

const CurrencyTotals = z
  .array(
    z.object({
      currency: z.string(),
      amount: z.number().describe('Σ value (a deal without a value adds nothing)'),
      weighted: z
        .number()
        .describe(
          "Σ value × the chance of winning: an open deal's stage probability (rounded to the cent per deal), a won deal 100 %, a lost one 0 %",
        ),
    }),
  )
  .describe('The sums of deal values per currency, largest first');

export const StageTotalsSchema = z
  .object({
    items: z.array(z.object({ stageId: Id, count: z.number().int(), values: CurrencyTotals })),
    pipeline: z
      .object({ count: z.number().int(), values: CurrencyTotals })
      .describe('Every stage together, under the same filters'),
  })
  .meta({ id: 'DealStageTotals' });
