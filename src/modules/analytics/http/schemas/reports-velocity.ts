import { z } from 'zod';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { ReportFiltersSchema } from './reports.ts';

const DurationStats = z
  .object({
    count: z.int().describe('Measured durations'),
    medianDays: z.number().nullable(),
    p75Days: z.number().nullable(),
    medianSeconds: z
      .int()
      .nullable()
      .describe('The median in whole seconds (the days are rounded to a hundredth)'),
    p75Seconds: z.int().nullable(),
  })
  .meta({ id: 'DurationStats' });

export const VelocityReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    stages: z
      .array(
        DurationStats.extend({
          stageId: Id,
          name: z.string(),
          bottleneck: z.boolean().describe('The slowest stage (highest median, then p75)'),
        }),
      )
      .describe(
        'Days in each stage, from entering it to leaving it, for stays ended in the period',
      ),
    cycle: z
      .object({ won: DurationStats, lost: DurationStats })
      .describe('Days from creation to the win or loss, for deals closed in the period'),
    months: z.array(
      z.object({
        month: z.string().describe('YYYY-MM, workspace time zone'),
        won: DurationStats,
        lost: DurationStats,
      }),
    ),
  })
  .meta({ id: 'VelocityReport' });
