import { z } from 'zod';
import { Id } from './common.ts';

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
