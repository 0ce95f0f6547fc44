import { z } from 'zod';
import { Id } from './common.ts';
import { ReportFiltersSchema } from './reports.ts';

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
    total: z.object({ count: z.int(), value: z.number() }),
    reasons: z.array(z.object(Group)).describe('Most frequent first'),
    byStage: z
      .array(z.object({ ...Group, reasons: ReasonCounts }))
      .describe('The stage each deal was lost at'),
    byOwner: z.array(z.object({ ...Group, reasons: ReasonCounts })),
    warning: z
      .object({ reasonId: Id.nullable(), name: z.string().nullable(), share: z.number() })
      .nullable()
      .describe('Set when one reason is behind more than half of the losses'),
  })
  .meta({ id: 'LossReasonsReport' });
