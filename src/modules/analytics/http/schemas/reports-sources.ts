import { z } from 'zod';
import { ReportFiltersSchema, ReportQuery } from './reports.ts';
import { SOURCE_GROUPINGS } from '../../../../contract/analytics.ts';

const Rate = z
  .number()
  .nullable()
  .describe('A share from 0 to 1 (4 decimals); null without a base');

export const SourcesReportQuery = ReportQuery.extend({
  groupBy: z
    .enum(SOURCE_GROUPINGS)
    .default('channel')
    .describe('`channel`, `medium` (channel + medium) or `campaign` (channel + medium + campaign)'),
});

const Row = z
  .object({
    channel: z.string().nullable().describe('null: deals created without a source'),
    medium: z.string().nullable().describe('null: not given, or not grouped by'),
    campaign: z.string().nullable(),
    leads: z.int().describe('Leads created in the period'),
    contacted: z.int().describe('…of which contacted since'),
    mql: z.int().describe('…reached MQL since'),
    sql: z.int().describe('…reached SQL since'),
    deals: z
      .int()
      .describe(
        'Deals converted from those leads, plus deals created in the period without a lead',
      ),
    dealsWithoutLead: z.int(),
    won: z.int().describe('Of those deals, won now'),
    revenue: z.number().describe('Value of the won deals (base currency)'),
    firstContact: z.object({
      count: z.int().describe('Leads contacted'),
      medianSeconds: z
        .number()
        .nullable()
        .describe('Median seconds from lead creation to first contact'),
    }),
    conversion: z.object({
      leadToMql: Rate,
      mqlToSql: Rate,
      sqlToDeal: Rate.describe('Deals converted from leads ÷ SQL'),
      dealToWon: Rate,
    }),
    cost: z
      .number()
      .nullable()
      .describe("The period's share of the monthly costs entered for this source; null: none"),
    costPerLead: z.number().nullable(),
    costPerWon: z.number().nullable(),
    returnOnCost: z.number().nullable().describe('revenue ÷ cost (2 decimals)'),
  })
  .meta({ id: 'SourcesRow' });

export const SourcesReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    groupBy: z.enum(SOURCE_GROUPINGS),
    costsApplied: z
      .boolean()
      .describe('false with ownerId or teamId: costs belong to sources, not people'),
    rows: z.array(Row).describe('Highest revenue first'),
    total: Row.describe('All sources together (channel, medium, campaign null)'),
  })
  .meta({ id: 'SourcesReport' });

export const SOURCES_DESCRIPTION = `The cohort of the period by source: the leads created in the period (owner and team filters on the lead's owner), what they became since (contacted, MQL, SQL, a deal, won), and the deals created in the period without a lead, counted by their own source (filters on the deal's owner). Won deals and revenue are as of now; \`pipelineId\` narrows the deals, not the leads.

Costs: the monthly costs entered with \`PUT /channel-costs\` are counted **pro rata by day**: a month's amount × the period's days in that month ÷ the month's days (1–30 November holds all of November's cost; 16 November – 15 December holds half of November's and 15/31 of December's). A cost given for a channel only stays in that channel's row with no medium when grouping by medium or campaign — it is never spread over the finer sources — so the rows always add up to the total. Costs entered in another currency (before the base currency changed) count converted at the workspace's exchange rate, and not at all without one; with \`ownerId\` or \`teamId\` costs are left out (\`costsApplied: false\`). Cost per lead = cost ÷ leads, cost per won deal = cost ÷ won, return = revenue ÷ cost.`;
