/** What a report answers as: JSON for the pages, or its table as a CSV or XLSX file. */
export const REPORT_FORMATS = ['json', 'csv', 'xlsx'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The formats a person downloads (the export buttons): every format but the pages' JSON. */
export type ExportFormat = Exclude<ReportFormat, 'json'>;
