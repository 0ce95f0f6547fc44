import { z } from 'zod';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { ReportFiltersSchema, SourceFilterSchema } from './reports.ts';

const Group = {
  id: Id.nullable(),
  name: z.string().nullable(),
  count: z.int(),
  value: z.number().describe('Value lost (base currency)'),
  share: z.number().nullable().describe('Of all deals lost in the period, 0 to 1'),
};
const ReasonCounts = z.array(z.object({ reasonId: Id.nullable(), count: z.int() }));

export const LossReasonsReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    source: SourceFilterSchema,
    total: z.object({ count: z.int(), value: z.number() }),
    reasons: z.array(z.object(Group)).describe('Most frequent first'),
    byStage: z
      .array(z.object({ ...Group, reasons: ReasonCounts }))
      .describe('The stage each deal was lost at'),
    byOwner: z.array(z.object({ ...Group, reasons: ReasonCounts })),
    bySource: z
      .array(
        z.object({
          ...Group,
          channel: z.string().nullable(),
          medium: z.string().nullable(),
          reasons: ReasonCounts,
        }),
      )
      .describe("By the lost deals' source (channel + medium); id is null"),
    months: z
      .array(
        z.object({
          month: z.string().describe('YYYY-MM, workspace time zone'),
          count: z.int(),
          value: z.number(),
          reasons: z.array(
            z.object({
              reasonId: Id.nullable(),
              count: z.int(),
              share: z.number().nullable().describe("Of the month's losses"),
            }),
          ),
        }),
      )
      .describe('Month by month, oldest first (months without losses left out)'),
    growing: z
      .array(
        z.object({
          reasonId: Id.nullable(),
          name: z.string().nullable(),
          shares: z.array(z.object({ month: z.string(), share: z.number() })),
          share: z.number().describe('Its share in the latest month'),
        }),
      )
      .describe(
        "Reasons whose share of the month's losses rose through the last three months with losses, to at least 25 %: a catch-all spreading",
      ),
    warning: z
      .object({ reasonId: Id.nullable(), name: z.string().nullable(), share: z.number() })
      .nullable()
      .describe('Set when one reason is behind more than half of the losses'),
  })
  .meta({ id: 'LossReasonsReport' });
