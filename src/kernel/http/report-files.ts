import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import Papa from 'papaparse';
import type { ReportFormat } from '../../contract/reports.ts';
import { neutraliseCell, startsLikeFormula } from './spreadsheet-cells.ts';

/**
 * How a number column reads in a spreadsheet: a share (0.25) as 25.0 %, money with the currency,
 * a count whole, a measure with one decimal. CSV keeps the plain number either way.
 */
export type CellFormat = 'share' | 'money' | 'count' | 'decimal';

/** A report as one flat table: what CSV and XLSX exports hold. */
export interface ReportTable {
  columns: string[];
  rows: (string | number | boolean | null)[][];
  /** Each column's number format in XLSX (by position; absent or null: as it comes). */
  formats?: (CellFormat | null)[];
  /** The currency money columns are in (ISO 4217), shown beside the amounts in XLSX. */
  currency?: string;
}

/** Excel's number format for each kind of number column. */
export function numberFormat(format: CellFormat, currency: string | undefined): string {
  switch (format) {
    case 'share':
      return '0.0%';
    case 'count':
      return '#,##0';
    case 'decimal':
      return '#,##0.0';
    case 'money':
      // A currency code is letters only, so it cannot break out of the quotes.
      return currency && /^[A-Z]{3}$/.test(currency) ? `#,##0.00 "${currency}"` : '#,##0.00';
  }
}

export type { ReportFormat };

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Excel's built-in "Text" number format: what is typed into such a cell stays text. */
const TEXT_FORMAT = '@';

/** A formula-like text cell gets a leading `'` (spreadsheet-cells.ts); numbers stay numbers. */
export function tableToCsv(table: ReportTable): string {
  return Papa.unparse({
    fields: table.columns.map(neutraliseCell),
    data: table.rows.map((row) => row.map(neutraliseCell)),
  });
}

/**
 * Every string is written as a string cell (ExcelJS makes a formula only of `{ formula }`), which
 * no spreadsheet evaluates when it opens the file; a formula-like one also gets the Text format,
 * so re-editing it in Excel (F2, Enter) keeps it text. Its value stays as typed (ADR 024).
 */
export async function tableToXlsx(name: string, table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  const add = (values: ReportTable['rows'][number]) => {
    const row = sheet.addRow(values);
    values.forEach((value, i) => {
      const format = table.formats?.[i];
      if (typeof value === 'string' && startsLikeFormula(value)) {
        row.getCell(i + 1).numFmt = TEXT_FORMAT;
      } else if (typeof value === 'number' && format) {
        row.getCell(i + 1).numFmt = numberFormat(format, table.currency);
      }
    });
    return row;
  };
  add(table.columns).font = { bold: true };
  for (const row of table.rows) add(row);

  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * Answers with the report as JSON, or as a file of its table (`?format=csv|xlsx`), so every
 * report gets both exports from one place.
 */
export async function sendReport<T>(
  reply: FastifyReply,
  format: ReportFormat,
  name: string,
  period: { from: string; to: string },
  report: T,
  table: (report: T) => ReportTable,
): Promise<T | FastifyReply> {
  if (format === 'json') return report;
  const filename = `${name}-${period.from}-${period.to}.${format}`;
  reply.header('content-disposition', `attachment; filename="${filename}"`);
  if (format === 'csv') {
    return reply.type('text/csv; charset=utf-8').send(tableToCsv(table(report)));
  }
  return reply.type(XLSX_TYPE).send(await tableToXlsx(name, table(report)));
}
