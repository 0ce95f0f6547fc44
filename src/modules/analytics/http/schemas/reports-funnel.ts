import { z } from 'zod';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { ReportFiltersSchema, SourceFilterSchema } from './reports.ts';

const Rate = z
  .number()
  .nullable()
  .describe('A share from 0 to 1 (4 decimals); null without a base');

export const FunnelReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    source: SourceFilterSchema,
    entered: z.int().describe('Deals created in the pipeline in the period: the cohort'),
    enteredValue: z.number(),
    stages: z.array(
      z.object({
        stageId: Id,
        name: z.string(),
        reached: z.int().describe('Cohort deals that entered this stage at any point'),
        reachedInOrder: z.int().describe('…that entered this stage and every stage before it'),
        conversion: Rate.describe('reached / reached at the previous stage (the cohort first)'),
        conversionInOrder: Rate,
        dropOff: z.int().describe('Reached the previous stage but never this one'),
        value: z.number().describe('Current value of the deals that reached the stage'),
        valueInOrder: z.number(),
      }),
    ),
    won: z.object({ count: z.int(), value: z.number(), rate: Rate }),
    lost: z.object({ count: z.int(), value: z.number(), rate: Rate }),
    open: z.object({ count: z.int(), value: z.number() }),
  })
  .meta({ id: 'FunnelReport' });
