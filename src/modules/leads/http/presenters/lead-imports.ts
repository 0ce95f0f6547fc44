import type { ProspectImportReport } from '../../app/check-prospect-import.ts';
import type { ProspectImportResult } from '../../app/import-prospects.ts';
import type { RowProblem } from '../../domain/prospect-rows.ts';

/** Only the parts of `duplicateOf` that are set, as the check finds them. */
function presentProblem(p: RowProblem) {
  const of = p.duplicateOf;
  return {
    row: p.row,
    field: p.field,
    code: p.code,
    value: p.value,
    message: p.message,
    ...(of
      ? {
          duplicateOf: {
            ...(of.row !== undefined ? { row: of.row } : {}),
            ...(of.leadId !== undefined ? { leadId: of.leadId } : {}),
            ...(of.contactId !== undefined ? { contactId: of.contactId } : {}),
          },
        }
      : {}),
  };
}

/** The dry run's answer: the mapping used, counts, bad rows and a sample. */
export function presentProspectImportReport(r: ProspectImportReport) {
  return {
    columns: r.columns,
    delimiter: r.delimiter,
    mapping: {
      name: r.mapping.name,
      companyName: r.mapping.companyName,
      email: r.mapping.email,
      phone: r.mapping.phone,
    },
    ready: r.ready,
    rows: r.rows,
    validRows: r.validRows,
    invalidRows: r.invalidRows,
    problems: r.problems.map(presentProblem),
    sample: r.sample.map((s) => ({
      row: s.row,
      name: s.name,
      companyName: s.companyName,
      email: s.email,
      phone: s.phone,
    })),
  };
}

/** The import's answer: the dry run's report and what was imported and routed. */
export function presentProspectImportResult(r: ProspectImportResult) {
  return {
    ...presentProspectImportReport(r),
    importId: r.importId,
    imported: r.imported,
    assigned: r.assigned,
    queued: r.queued,
  };
}
