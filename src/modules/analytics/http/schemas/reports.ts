import { z } from 'zod';
import { Id } from '../../../../kernel/http/common-schemas.ts';

const LocalDate = z.iso.date().describe('A local date in the workspace time zone (YYYY-MM-DD)');

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
    .enum(['json', 'csv', 'xlsx'])
    .default('json')
    .describe(
      '`csv` or `xlsx` answers with the report table as a file (Content-Disposition: attachment)',
    ),
});

/** Narrowing a report to one source: each part given must match (leads' and deals' source). */
export const SourceQuery = {
  channel: z.enum(['inbound', 'outbound']).optional(),
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
