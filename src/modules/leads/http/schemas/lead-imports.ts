import { z } from 'zod';
import { Id, OptionalText } from '../../../../kernel/http/common-schemas.ts';
import {
  PROSPECT_FIELDS,
  CSV_DELIMITERS,
  PROSPECT_PROBLEM_CODES,
} from '../../../../contract/leads.ts';

const Column = z.string().trim().min(1).max(200).nullable().optional();
const nullable = z.string().nullable();

export const ProspectImportBody = z
  .object({
    csv: z
      .string()
      .min(1, 'Required')
      .max(20_000_000)
      .describe('The CSV text, UTF-8, with a header row (a byte-order mark is dropped)'),
    mapping: z
      .object({
        name: z.string().trim().min(1).max(200),
        companyName: Column,
        email: Column,
        phone: Column,
      })
      .strict()
      .optional()
      .describe('Header of the column for each field; absent: guessed from the headers'),
    delimiter: z
      .enum(CSV_DELIMITERS)
      .optional()
      .describe('Absent: detected (comma, semicolon, tab or pipe)'),
    campaign: z
      .string()
      .trim()
      .min(1, 'Required')
      .max(200)
      .describe('Every lead is tagged with it'),
    medium: OptionalText(100).describe('Default "prospect_list"'),
  })
  .strict();

const RowProblemSchema = z
  .object({
    row: z.number().int().describe('As a spreadsheet shows it: the header is row 1'),
    field: z.enum(PROSPECT_FIELDS).nullable(),
    code: z.enum(PROSPECT_PROBLEM_CODES),
    value: nullable,
    message: z.string(),
    duplicateOf: z
      .object({ row: z.number().int().optional(), leadId: Id.optional(), contactId: Id.optional() })
      .optional(),
  })
  .meta({ id: 'ProspectRowProblem' });

export const ProspectImportReportSchema = z
  .object({
    columns: z.array(z.string()).describe("The file's headers"),
    delimiter: z.string(),
    mapping: z
      .object({ name: nullable, companyName: nullable, email: nullable, phone: nullable })
      .describe('The mapping used (guessed when none was sent)'),
    ready: z.boolean().describe('A name column is mapped: rows were checked'),
    rows: z.number().int().describe('Non-blank data rows'),
    validRows: z.number().int(),
    invalidRows: z.number().int(),
    problems: z.array(RowProblemSchema).describe('By row; at most 1,000 listed'),
    sample: z.array(
      z.object({
        row: z.number().int(),
        name: z.string(),
        companyName: nullable,
        email: nullable,
        phone: nullable.describe('E.164'),
      }),
    ),
  })
  .meta({ id: 'ProspectImportReport' });

export const ProspectImportResultSchema = ProspectImportReportSchema.extend({
  importId: Id,
  imported: z.number().int(),
  assigned: z.number().int().describe('Given to hunters by round robin within their limits'),
  queued: z.number().int().describe('Left unassigned: every hunter was at their limit'),
}).meta({ id: 'ProspectImportResult' });
