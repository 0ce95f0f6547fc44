import { z } from 'zod';
import { REPORT_FORMATS } from '../../../../contract/reports.ts';
import { Id } from '../../../../kernel/http/common-schemas.ts';
import { CHANNELS } from '../../../../contract/sources.ts';

// Reports look at years of a company's history: a day of year 0 or 9999 is a typo, and the
// forecast's months ahead of it would leave the calendar (the fuzzer found a 500 there).
const LocalDate = z.iso
  .date()
  // Only a well-formed day is weighed here: a malformed one has its one error already.
  .refine(
    (day) => !/^\d{4}-/.test(day) || (day >= '1900-01-01' && day <= '2999-12-31'),
    'A day between 1900 and 2999',
  )
  .describe('A local date in the workspace time zone (YYYY-MM-DD), 1900–2999');

/** Filters every report takes, and the answer's format. */
export const ReportQuery = z.object({
  pipelineId: Id.optional(),
  from: LocalDate.optional().describe(
    'First day of the period (workspace time zone); default: the start of the calendar quarter ending this month',
  ),
  to: LocalDate.optional().describe('Last day of the period, inclusive; default: today'),
  ownerId: Id.optional().describe("Only this owner's deals and activities"),
  teamId: Id.optional().describe('Only owners who are members of this team now'),
  format: z
    .enum(REPORT_FORMATS)
    .default('json')
    .describe(
      '`csv` or `xlsx` answers with the report table as a file (Content-Disposition: attachment)',
    ),
});

/** Narrowing a report to one source: each part given must match (leads' and deals' source). */
export const SourceQuery = {
  channel: z.enum(CHANNELS).optional(),
  medium: z.string().trim().min(1).max(100).optional().describe('e.g. web_form, cold_call'),
  campaign: z.string().trim().min(1).max(200).optional(),
};

export const SourceFilterSchema = z
  .object({
    channel: z.string().nullable(),
    medium: z.string().nullable(),
    campaign: z.string().nullable(),
  })
  .describe('The source filters (null: any source)')
  .meta({ id: 'SourceFilter' });

/** The pipeline is required for reports that read one pipeline's stages. */
export const PipelineReportQuery = ReportQuery.extend({ pipelineId: Id });

export const ReportFiltersSchema = z
  .object({
    pipelineId: Id.nullable(),
    from: z.string(),
    to: z.string(),
    ownerId: Id.nullable(),
    teamId: Id.nullable(),
    currency: z.string().describe('The base currency all values are in'),
  })
  .meta({ id: 'ReportFilters' });
