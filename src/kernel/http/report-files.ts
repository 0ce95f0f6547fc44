import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import Papa from 'papaparse';

/** A report as one flat table: what CSV and XLSX exports hold. */
export interface ReportTable {
  columns: string[];
  rows: (string | number | boolean | null)[][];
}

export type ReportFormat = 'json' | 'csv' | 'xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function tableToCsv(table: ReportTable): string {
  return Papa.unparse({ fields: table.columns, data: table.rows });
}

export async function tableToXlsx(name: string, table: ReportTable): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.addRow(table.columns);
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
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
