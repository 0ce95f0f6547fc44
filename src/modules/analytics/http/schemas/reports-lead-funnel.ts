import { z } from 'zod';
import { ReportFiltersSchema, ReportQuery, SourceFilterSchema, SourceQuery } from './reports.ts';
import { LEAD_FUNNEL_STEPS } from '../../../../contract/analytics.ts';

const Rate = z
  .number()
  .nullable()
  .describe('A share from 0 to 1 (4 decimals); null without a base');

export const LeadFunnelQuery = ReportQuery.extend(SourceQuery);

export const LeadFunnelReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    source: SourceFilterSchema,
    steps: z
      .array(
        z.object({
          step: z.enum(LEAD_FUNNEL_STEPS),
          reached: z.int().describe('Leads of the cohort that reached the step by now'),
          conversion: Rate.describe('reached ÷ reached at the previous step'),
          rate: Rate.describe('reached ÷ created'),
          dropOff: z
            .int()
            .describe(
              'Reached the previous step and stopped there: disqualified or its deal lost (not those still open)',
            ),
        }),
      )
      .describe('created, contacted, replied, mql, sql, converted (a deal), won'),
    disqualified: z.int(),
    open: z.int().describe('Still open (new … sql)'),
    revenue: z.number().describe('Value of the won deals (base currency)'),
    firstContact: z.object({
      count: z.int(),
      medianSeconds: z
        .number()
        .nullable()
        .describe('Median seconds from creation to first contact'),
    }),
  })
  .meta({ id: 'LeadFunnelReport' });
