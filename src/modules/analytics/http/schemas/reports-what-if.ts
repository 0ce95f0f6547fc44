import { z } from 'zod';
import { WHAT_IF_DRIVERS } from '../../../../contract/analytics.ts';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { ReportFiltersSchema, ReportQuery } from './reports.ts';
import { CHANNELS } from '../../../../contract/sources.ts';

const Share = z.number().min(0).max(1);
const PerWeek = z.number().min(0).max(1_000_000);
const Days = z.number().min(0).max(3650);
const Channel = z.enum(CHANNELS);
const Medium = z
  .string()
  .trim()
  .max(100)
  .nullable()
  .transform((s) => (s === '' ? null : s));

export const WhatIfQuery = z.object({ format: ReportQuery.shape.format });

export const WhatIfBody = ReportQuery.omit({ format: true })
  .extend({
    pipelineId: Id,
    horizon: z.int().min(1).max(24).default(6).describe('Months to project, from next month'),
    overrides: z
      .object({
        sources: z
          .array(
            z
              .object({
                channel: Channel.nullable().describe('null: deals without a source'),
                medium: Medium,
                leadsPerWeek: PerWeek.optional(),
                leadToDeal: Share.optional(),
                dealsPerWeekWithoutLead: PerWeek.optional(),
              })
              .strict(),
          )
          .max(100)
          .optional()
          .describe('By channel + medium; a source not measured may be added'),
        stages: z
          .array(z.object({ stageId: Id, conversion: Share }).strict())
          .max(100)
          .optional(),
        averageWonValue: z.number().min(0).max(999_999_999_999).optional(),
        cycleDays: Days.optional(),
        leadToDealDays: Days.optional(),
      })
      .strict()
      .default({})
      .describe('The drivers changed; the rest stay as measured'),
  })
  .strict();

const Rate = z.number().nullable().describe('0 to 1 (4 decimals); null: not measured');
const DriversSchema = z
  .object({
    sources: z.array(
      z.object({
        channel: z.string().nullable(),
        medium: z.string().nullable(),
        leadsPerWeek: z.number(),
        leadToDeal: Rate.describe(
          'Leads that became a deal in the pipeline, of those decided (converted or disqualified)',
        ),
        dealsPerWeekWithoutLead: z.number(),
      }),
    ),
    stages: z
      .array(
        z.object({
          stageId: Id,
          name: z.string(),
          conversion: Rate.describe(
            'Of the decided deals that reached the stage, those that went on (the last stage: won)',
          ),
        }),
      )
      .describe('In pipeline order; the product of the conversions is the win rate'),
    averageWonValue: z.number().nullable(),
    cycleDays: z.number().nullable().describe('Median days from a deal’s creation to its win'),
    leadToDealDays: z
      .number()
      .nullable()
      .describe('Median days from a lead’s creation to its deal'),
  })
  .meta({ id: 'WhatIfDrivers' });

const Outcome = z.object({
  won: z.number().describe('Expected won deals (2 decimals)'),
  revenue: z.number(),
});

export const WhatIfReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    start: z.string().describe('The first day projected: the first of next month'),
    horizon: z.int(),
    weeks: z.number().describe('The period in weeks: the base of the per-week drivers'),
    measured: z
      .object({
        sources: z.array(
          z.object({
            channel: z.string().nullable(),
            medium: z.string().nullable(),
            leads: z.int(),
            decided: z.int(),
            converted: z.int(),
            dealsWithoutLead: z.int(),
          }),
        ),
        stages: z.array(z.object({ stageId: Id, passed: z.int(), failed: z.int() })),
        won: z.object({
          count: z.int(),
          valued: z.int().describe('…with a value in the base currency'),
        }),
        cycle: z.object({ count: z.int() }),
        leadToDeal: z.object({ count: z.int() }),
      })
      .describe('How many leads and deals each driver was measured on'),
    baseline: DriversSchema,
    scenario: DriversSchema,
    winRate: z.object({ baseline: z.number(), scenario: z.number() }),
    months: z.array(z.object({ month: z.string(), baseline: Outcome, projection: Outcome })),
    total: z.object({ baseline: Outcome, projection: Outcome }),
    levers: z
      .array(
        z.object({
          driver: z.enum(WHAT_IF_DRIVERS),
          channel: z.string().nullable(),
          medium: z.string().nullable(),
          stageId: Id.nullable(),
          from: z.number(),
          to: z.number(),
          gain: Outcome,
        }),
      )
      .describe('Each driver of the scenario 10 % better, largest revenue gain first'),
  })
  .meta({ id: 'WhatIfReport' });

export const WHAT_IF_DESCRIPTION = `Measures the pipeline's drivers over the period — leads per week by source (channel + medium) and their conversion into deals of the pipeline, deals per week without a lead, the conversion at each stage (decided deals only: passed on, or lost with it as their furthest stage; the last stage's is to won), the average won value and the median cycle times — and projects won deals and revenue month by month from next month, as measured (baseline) and with the drivers in \`overrides\` changed (projection).

The model: what entered before the projection starts runs at the measured rates and is won after the measured cycle; what enters from the start follows the scenario and is won after the scenario's cycle (lead-to-deal days + cycle days for leads). So a change shows once the cycle has passed, zero leads win nothing after the measured pipeline has drained, and a higher conversion never lowers revenue. \`levers\` answers "which button to press": each driver made 10 % better (×1.1, conversions at most 100 %, cycles 10 % shorter), with the won deals and revenue it adds over the horizon. Nothing is stored; \`?format=csv|xlsx\` answers the months, drivers and levers as a file.`;
