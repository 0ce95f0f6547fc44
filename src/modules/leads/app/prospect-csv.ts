import Papa from 'papaparse';
import type { RowProblem } from '../domain/prospect-rows.ts';
import { CSV_DELIMITERS, type CsvDelimiter } from '../../../contract/leads.ts';

export interface ParsedCsv {
  columns: string[];
  delimiter: string;
  /** Records by header; index i is spreadsheet row i + 2. Blank lines are null. */
  records: (Record<string, string> | null)[];
  /** Rows the parser could not read as the header says (an unquoted separator, a lone quote). */
  problems: RowProblem[];
}

/**
 * Reads a CSV with a header row: the separator detected (comma, semicolon, tab, pipe) unless
 * given, a byte-order mark dropped, quoted fields with separators, quotes and line breaks inside.
 * Blank lines are kept as null so row numbers match what a spreadsheet shows.
 */
export function parseProspectCsv(text: string, delimiter?: CsvDelimiter): ParsedCsv {
  const parsed = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: false,
    delimiter: delimiter ?? '',
    delimitersToGuess: [...CSV_DELIMITERS],
    transformHeader: (h) => h.trim(),
  });
  const columns = (parsed.meta.fields ?? []).filter((c) => c !== '');
  const records = parsed.data.map((r) =>
    Object.entries(r).some(([k, v]) => k !== '__parsed_extra' && typeof v === 'string' && v.trim())
      ? r
      : null,
  );
  const problems: RowProblem[] = [];
  const reported = new Set<number>();
  for (const e of parsed.errors) {
    if (e.row === undefined || e.row === null || records[e.row] === null) continue;
    if (e.code === 'TooFewFields' || e.code === 'UndetectableDelimiter') continue;
    if (reported.has(e.row)) continue;
    reported.add(e.row);
    problems.push({
      row: e.row + 2,
      field: null,
      code: 'malformed_row',
      value: null,
      message:
        e.code === 'TooManyFields'
          ? 'More cells than columns in the header (a separator inside an unquoted value?)'
          : e.message,
    });
  }
  return { columns, delimiter: parsed.meta.delimiter, records, problems };
}
