import { z } from 'zod';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { ReportFiltersSchema } from './reports.ts';

const Bucket = {
  count: z.int(),
  value: z.number(),
  weighted: z.number().describe('Σ value × stage probability'),
};
const Month = z
  .object({
    month: z.string().nullable().describe('YYYY-MM; null: no expected close date'),
    ...Bucket,
  })
  .meta({ id: 'ForecastMonth' });

export const ForecastReportSchema = z
  .object({
    filters: ReportFiltersSchema,
    today: z.string().describe('Today in the workspace time zone'),
    closingInPeriod: z
      .boolean()
      .describe('true when from/to were given: only deals expected to close in the period'),
    total: z.object({ ...Bucket, pastDue: z.int() }),
    months: z.array(Month),
    owners: z.array(
      z.object({
        ownerId: Id.nullable(),
        ownerName: z.string().nullable(),
        ...Bucket,
        pastDue: z.int().describe('Their open deals expected to close before today'),
        months: z.array(Month),
      }),
    ),
    deals: z.array(
      z.object({
        dealId: Id,
        title: z.string(),
        ownerId: Id.nullable(),
        ownerName: z.string().nullable(),
        stageId: Id,
        stageName: z.string(),
        probability: z.int(),
        value: z.number().nullable(),
        weighted: z.number(),
        expectedCloseDate: z.string().nullable(),
        month: z.string().nullable(),
        pastDue: z.boolean().describe('Expected to close before today and still open'),
      }),
    ),
  })
  .meta({ id: 'ForecastReport' });
