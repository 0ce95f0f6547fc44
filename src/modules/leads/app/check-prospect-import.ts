import type { Db } from '../../../kernel/db/connection.ts';
import { findWorkspace } from '../../identity/index.ts';
import { findExistingKeys } from '../db/prospect-import-repo.ts';
import { normalizePhone } from '../../accounts/index.ts';
import { validationError } from '../../../kernel/domain/errors.ts';
import {
  checkProspectRows,
  guessMapping,
  type ColumnMapping,
  type ProspectRow,
  type RowProblem,
} from '../domain/prospect-rows.ts';
import { parseProspectCsv } from './prospect-csv.ts';
import { PROSPECT_FIELDS, type ProspectField, type CsvDelimiter } from '../../../contract/leads.ts';

/** A prospect list as uploaded: the CSV text, how its columns map to fields, the campaign. */
export interface ProspectImportInput {
  csv: string;
  /** Absent: guessed from the headers (the dry run shows the guess). */
  mapping?: Partial<Record<ProspectField, string | null>>;
  delimiter?: CsvDelimiter;
  campaign: string;
  medium?: string | null;
}

export const MAX_PROSPECT_ROWS = 50_000;
/** The report lists at most this many bad rows (the counts are always complete). */
export const MAX_REPORTED_PROBLEMS = 1000;

export interface ProspectImportCheck {
  columns: string[];
  delimiter: string;
  mapping: Record<ProspectField, string | null>;
  /** Non-blank data rows in the file. */
  rows: number;
  /** The rows that would be imported, in file order. */
  valid: ProspectRow[];
  /** Every bad row's problems, by row. */
  problems: RowProblem[];
  invalidRows: number;
}

/**
 * Reads and checks a prospect list without writing: parse errors, each row's fields, duplicates
 * within the file and of the workspace's existing leads and contacts (by e-mail or phone).
 */
export async function checkProspectImport(
  tx: Db,
  workspaceId: string,
  input: ProspectImportInput,
): Promise<ProspectImportCheck> {
  const csv = parseProspectCsv(input.csv, input.delimiter);
  const dataRows = csv.records.filter((r) => r !== null).length;
  if (csv.columns.length === 0) {
    throw validationError([{ path: 'csv', message: 'The file has no header row' }]);
  }
  if (dataRows > MAX_PROSPECT_ROWS) {
    throw validationError([
      { path: 'csv', message: `At most ${MAX_PROSPECT_ROWS} rows per import; split the file` },
    ]);
  }
  const guessed = guessMapping(csv.columns);
  const mapping = Object.fromEntries(
    PROSPECT_FIELDS.map((f) => [
      f,
      input.mapping ? (input.mapping[f] ?? null) : (guessed[f] ?? null),
    ]),
  ) as Record<ProspectField, string | null>;
  const unknown = PROSPECT_FIELDS.filter((f) => mapping[f] && !csv.columns.includes(mapping[f]!));
  if (unknown.length > 0) {
    throw validationError(
      unknown.map((f) => ({
        path: `mapping.${f}`,
        message: `No column “${mapping[f]}” in the file`,
      })),
    );
  }
  if (!mapping.name) {
    return {
      columns: csv.columns,
      delimiter: csv.delimiter,
      mapping,
      rows: dataRows,
      valid: [],
      problems: csv.problems,
      invalidRows: 0,
    };
  }
  const country = (await findWorkspace(tx, workspaceId))?.settings.defaultCountry ?? null;
  const malformed = new Set(csv.problems.map((p) => p.row));
  // Rows the parser could not read are reported once, and their cells are not checked.
  const readable = csv.records.flatMap((cells, i) =>
    cells === null || malformed.has(i + 2) ? [] : [{ row: i + 2, cells }],
  );
  const checked = checkProspectRows(readable, mapping as ColumnMapping, (raw) =>
    normalizePhone(raw, country),
  );
  const candidates = checked.valid;
  const existing = await findExistingKeys(
    tx,
    workspaceId,
    candidates.flatMap((r) => (r.email ? [r.email] : [])),
    candidates.flatMap((r) => (r.phone ? [r.phone] : [])),
  );
  const valid: ProspectRow[] = [];
  const existingProblems: RowProblem[] = [];
  for (const r of candidates) {
    const hit = findExisting(r, existing);
    if (hit) existingProblems.push(hit);
    else valid.push(r);
  }
  const problems = [...csv.problems, ...checked.problems, ...existingProblems].sort(
    (a, b) => a.row - b.row,
  );
  return {
    columns: csv.columns,
    delimiter: csv.delimiter,
    mapping,
    rows: dataRows,
    valid,
    problems,
    invalidRows: new Set(problems.map((p) => p.row)).size,
  };
}

function findExisting(
  r: ProspectRow,
  existing: Awaited<ReturnType<typeof findExistingKeys>>,
): RowProblem | null {
  for (const field of ['email', 'phone'] as const) {
    const key = r[field];
    if (!key) continue;
    const leadId = existing.leads.get(`${field}:${key}`);
    if (leadId) {
      return {
        row: r.row,
        field,
        code: 'duplicate_lead',
        value: key,
        message: `A lead with this ${field === 'email' ? 'e-mail' : 'phone'} exists`,
        duplicateOf: { leadId },
      };
    }
    const contactId = existing.contacts.get(`${field}:${key}`);
    if (contactId) {
      return {
        row: r.row,
        field,
        code: 'duplicate_contact',
        value: key,
        message: `A contact with this ${field === 'email' ? 'e-mail' : 'phone'} exists`,
        duplicateOf: { contactId },
      };
    }
  }
  return null;
}

/** What the dry run and the import answer: the mapping used, counts, bad rows and a sample. */
export function reportOf(check: ProspectImportCheck) {
  return {
    columns: check.columns,
    delimiter: check.delimiter,
    mapping: check.mapping,
    ready: check.mapping.name !== null,
    rows: check.rows,
    validRows: check.valid.length,
    invalidRows: check.invalidRows,
    problems: check.problems.slice(0, MAX_REPORTED_PROBLEMS),
    sample: check.valid.slice(0, 5),
  };
}

export type ProspectImportReport = ReturnType<typeof reportOf>;
