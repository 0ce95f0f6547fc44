import { z } from 'zod';
import { EVENT_TYPES } from '../../../contract/event-types.ts';
import { Id, RequiredName } from '../../../kernel/http/common-schemas.ts';
import {
  CADENCES,
  DRILLDOWN_KINDS,
  GROUP_KINDS,
  GROUP_MODES,
  LAMP_POSITIONS,
  LAMP_STATUSES,
  DIRECTIONS,
  MAP_VERSION_STATES,
} from '../../../contract/map.ts';

const IsoWeek = z
  .string()
  .regex(/^\d{4}-W\d{2}$/, 'An ISO week like 2026-W48')
  .describe("An ISO week in the workspace's time zone, e.g. 2026-W48");

const Process = z
  .object({
    name: RequiredName,
    description: z.string().trim().max(5000).default(''),
  })
  .strict();

export const ThresholdsSchema = z
  .object({
    direction: z.enum(DIRECTIONS),
    green: z.number(),
    amber: z.number(),
  })
  .strict()
  .meta({ id: 'Thresholds' });

const MetricJson = z
  .unknown()
  .describe(
    'A metric in the metric language (API.md): {count|sum: Filter}, {median: Filter, of}, ' +
      '{ratio: {of, to}}, {state, where?}, {manual: true}. A bad metric is 422 invalid_metric.',
  );

export const LampSchema = z
  .object({
    id: Id,
    groupId: Id,
    position: z.enum(LAMP_POSITIONS),
    name: z.string(),
    metric: MetricJson,
    thresholds: ThresholdsSchema,
    description: z.string().describe("The metric as a sentence in the workspace's language"),
    version: z.number().int(),
  })
  .meta({ id: 'Lamp' });

export const GroupSchema = z
  .object({
    id: Id,
    name: z.string(),
    kind: z.enum(GROUP_KINDS),
    result: z.string(),
    mode: z.enum(GROUP_MODES),
    cadence: z.enum(CADENCES).optional(),
    trigger: z.enum(EVENT_TYPES).optional(),
    ownerUserId: Id.optional(),
    ownerTeamId: Id.optional(),
    processes: z.array(z.object({ name: z.string(), description: z.string() })),
    next: z.array(Id).describe('The groups this group’s result feeds'),
    lamps: z.array(LampSchema),
    position: z.number().int(),
    version: z.number().int(),
  })
  .meta({ id: 'ProcessGroup' });

export const ProcessMapSchema = z
  .object({
    version: z.object({ id: Id, name: z.string(), state: z.enum(MAP_VERSION_STATES) }),
    groups: z.array(GroupSchema),
  })
  .meta({ id: 'ProcessMap' });

const groupFields = {
  name: RequiredName,
  kind: z.enum(GROUP_KINDS),
  result: z.string().trim().max(2000),
  mode: z.enum(GROUP_MODES),
  cadence: z.enum(CADENCES).nullable(),
  trigger: z.string().max(100).nullable(),
  ownerUserId: Id.nullable(),
  ownerTeamId: Id.nullable(),
  processes: z.array(Process).max(50),
  next: z.array(Id).max(20),
};

export const GroupBody = z
  .object({
    ...groupFields,
    result: groupFields.result.default(''),
    cadence: groupFields.cadence.default(null),
    trigger: groupFields.trigger.default(null),
    ownerUserId: groupFields.ownerUserId.default(null),
    ownerTeamId: groupFields.ownerTeamId.default(null),
    processes: groupFields.processes.default([]),
    next: groupFields.next.default([]),
  })
  .strict();

export const GroupPatchBody = z
  .object({ ...groupFields, position: z.number().int().min(0).max(1000) })
  .partial()
  .strict();

export const LampBody = z
  .object({
    groupId: Id,
    position: z.enum(LAMP_POSITIONS),
    name: RequiredName,
    metric: MetricJson,
    thresholds: ThresholdsSchema,
  })
  .strict();

export const LampPatchBody = LampBody.omit({ groupId: true }).partial().strict();

export const ReadingsQuery = z.object({
  from: IsoWeek.optional().describe('First week; default: 12 weeks before `to`'),
  to: IsoWeek.optional().describe('Last week; default: the current week'),
});

export const LampStatusSchema = z.enum(LAMP_STATUSES);

export const ReadingSchema = z
  .object({
    lampId: Id,
    week: IsoWeek,
    value: z.number().nullable(),
    status: LampStatusSchema,
    partial: z.boolean().describe('The current week, computed live: not final yet'),
  })
  .meta({ id: 'LampReading' });

export const ReadingsSchema = z.object({
  weeks: z.array(IsoWeek),
  readings: z.array(ReadingSchema),
});

export const ReadingParams = z.object({ id: Id, week: IsoWeek });

export const ReadingBody = z
  .object({ value: z.number().nullable().describe('null clears the hand-entered value') })
  .strict();

export const MetricPreviewBody = z
  .object({ metric: MetricJson, thresholds: ThresholdsSchema.optional() })
  .strict();

export const MetricPreviewSchema = z.object({
  description: z.string(),
  weeks: z.array(IsoWeek),
  values: z.array(z.number().nullable()).describe('One per week, the last one live'),
  statuses: z.array(LampStatusSchema).optional(),
});

export const DrilldownQuery = z.object({
  week: IsoWeek.optional().describe('Default: the current week'),
});

export const DrilldownSchema = z
  .object({
    lampId: Id,
    week: IsoWeek,
    items: z.array(
      z.object({
        kind: z.enum(DRILLDOWN_KINDS),
        id: Id,
        title: z.string(),
        dealId: Id.nullable().describe('The deal an activity belongs to; a deal: itself'),
        ownerId: Id.nullable(),
        at: z.string().nullable().describe('When it was counted (event time, stage entry, due)'),
      }),
    ),
    truncated: z.boolean().describe('More than the first 200 are behind the reading'),
  })
  .meta({ id: 'LampDrilldown' });
