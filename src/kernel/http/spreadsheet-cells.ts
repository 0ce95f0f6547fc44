/**
 * Spreadsheet formula injection (CSV/XLSX injection), the OWASP way: a text cell that a
 * spreadsheet would read as a formula gets a leading single quote, so Excel, LibreOffice and
 * Google Sheets show it as text. Report tables carry text typed by anyone — a public web form's
 * UTM campaign reaches a manager's export — so every exported string passes through here.
 * Numbers, booleans and empty cells are left alone: a spreadsheet cannot run them. ADR 024.
 */

/**
 * What starts a formula: = + - @ (and their full-width forms, which some Excel set-ups read as the
 * ASCII ones), a tab or a carriage return (some readers drop them and then see the rest).
 */
const TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r', '＝', '＋', '－', '＠']);

/**
 * Spreadsheets that trim cells on import ("Trim spaces", Sheets' paste) would see a trigger
 * behind leading white space, so the first character after it counts too.
 */
const LEADING_SPACE = /^[\s\u00a0\u3000]*/;

/** True when a text cell would be read as a formula by some spreadsheet. */
export function startsLikeFormula(text: string): boolean {
  if (text === '') return false;
  if (TRIGGERS.has(text[0]!)) return true;
  const rest = text.slice(LEADING_SPACE.exec(text)![0].length);
  return rest !== '' && TRIGGERS.has(rest[0]!);
}

/** The cell as exported: a formula-like string quoted as text, anything else as it is. */
export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' && startsLikeFormula(value) ? `'${value}` : value;
}
