import { z } from 'zod';
import { SALES_ROLES } from '../../../../contract/roles.ts';
import {
  Id,
  RequiredName,
  Timestamp,
  BooleanQuery,
  Standard,
  Warm,
} from '../../../../kernel/http/common-schemas.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import { DEAL_FIELDS } from '../../../../contract/conveyor.ts';

const Label = z.string().trim().min(1, 'Required').max(200);

const CriterionFields = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('field'), field: z.enum(DEAL_FIELDS), label: Label }),
  z.object({ kind: z.literal('activity'), activityType: z.enum(ACTIVITY_TYPES), label: Label }),
  z.object({ kind: z.literal('check'), label: Label }),
  z.object({ kind: z.literal('nextActivity'), label: Label }),
]);

export const CriterionSchema = z
  .intersection(z.object({ id: Id }), CriterionFields)
  .meta({ id: 'ExitCriterion' });

const CriterionInput = z.intersection(z.object({ id: Id.optional() }), CriterionFields);

export const StageSchema = z
  .object({
    id: Id,
    name: z.string(),
    order: z.number().int(),
    goal: z.string(),
    probability: z.number().int(),
    rotDays: z.number().int().nullable(),
    role: z.enum(SALES_ROLES).nullable(),
    optional: z
      .boolean()
      .describe('Skippable: a move or a win that skips it does not apply its exit criteria'),
    guidance: z.string().describe('Markdown'),
    exitCriteria: z.array(CriterionSchema),
  })
  .meta({ id: 'Stage' });

export const PipelineSchema = z
  .object({
    id: Id,
    name: z.string(),
    order: z.number().int(),
    stages: z.array(StageSchema),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'Pipeline' });

const StageInput = z.object({
  id: Id.optional().describe('Keep an existing stage (and its deals); omit for a new stage'),
  name: RequiredName,
  goal: z.string().trim().max(500).default(''),
  probability: z.number().int().min(0).max(100).default(0),
  rotDays: z.number().int().min(1).max(3650).nullable().default(null),
  role: z.enum(SALES_ROLES).nullable().default(null),
  optional: z.boolean().default(false),
  guidance: z.string().max(20_000).default(''),
  exitCriteria: z.array(CriterionInput).max(50).default([]),
});

const Stages = z.array(StageInput).min(1, 'A pipeline needs at least one stage').max(50);

export const PipelineBody = z.object({ name: RequiredName, stages: Stages });
export const PipelinePatchBody = z
  .object({ name: RequiredName, stages: Stages })
  .partial()
  .strict();

export const LostReasonSchema = z
  .object({
    id: Id,
    name: z.string(),
    standard: z.string().describe('When to use this reason'),
    stageIds: z.array(Id).nullable().describe('Stages where it may be used; null: everywhere'),
    warm: Warm.nullable().describe(
      "Warm: losing a deal for it plans a revisit task for the deal's owner; null: cold",
    ),
    active: z.boolean(),
    order: z.number().int(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({ id: 'LostReason' });

export const LostReasonBody = z
  .object({
    name: RequiredName,
    standard: Standard,
    stageIds: z.array(Id).max(100).nullable().optional(),
    warm: Warm.nullable().optional(),
  })
  .strict();

export const LostReasonPatchBody = z
  .object({
    name: RequiredName,
    standard: Standard,
    stageIds: z.array(Id).max(100).nullable(),
    warm: Warm.nullable(),
    active: z.boolean(),
  })
  .partial()
  .strict();

export const LostReasonQuery = z.object({
  active: BooleanQuery.optional().describe('Only active (true) or retired (false) reasons'),
});
