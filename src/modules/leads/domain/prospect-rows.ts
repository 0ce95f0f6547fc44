import { isValidEmail, normalizeEmail } from '../../../kernel/domain/email.ts';
import {
  PROSPECT_FIELDS,
  type ProspectField,
  type ProspectProblemCode,
} from '../../../contract/leads.ts';

/** Which column (by its header) fills which field; name is required. */
export type ColumnMapping = { name: string } & Partial<
  Record<Exclude<ProspectField, 'name'>, string | null>
>;

export type RowProblemCode = ProspectProblemCode;

export interface RowProblem {
  /** The row as a spreadsheet shows it: the header is row 1. */
  row: number;
  field: ProspectField | null;
  code: RowProblemCode;
  value: string | null;
  message: string;
  /** duplicate_in_file: the earlier row; duplicate_lead / duplicate_contact: the record. */
  duplicateOf?: { row?: number; leadId?: string; contactId?: string };
}

export interface ProspectRow {
  row: number;
  name: string;
  companyName: string | null;
  /** Lower-cased. */
  email: string | null;
  /** E.164. */
  phone: string | null;
}

const LIMITS: Record<ProspectField, number> = {
  name: 200,
  companyName: 200,
  email: 254,
  phone: 40,
};

/** Header names people use for each field, in English, Polish and Russian (compared loosely). */
const HEADER_WORDS: Record<ProspectField, string[]> = {
  name: [
    'name',
    'full name',
    'contact',
    'contact name',
    'person',
    'imię i nazwisko',
    'imie i nazwisko',
    'imię',
    'osoba',
    'имя',
    'фио',
    'контакт',
    'имя и фамилия',
  ],
  companyName: [
    'company',
    'company name',
    'organization',
    'organisation',
    'account',
    'firma',
    'nazwa firmy',
    'компания',
    'организация',
    'название компании',
  ],
  email: [
    'email',
    'e-mail',
    'mail',
    'email address',
    'adres e-mail',
    'почта',
    'электронная почта',
    'эл. почта',
  ],
  phone: [
    'phone',
    'telephone',
    'tel',
    'mobile',
    'phone number',
    'telefon',
    'nr telefonu',
    'komórka',
    'телефон',
    'тел',
    'мобильный',
  ],
};

const loose = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[_.:]+/g, ' ')
    .replace(/\s+/g, ' ');

/** A first mapping from the headers' names; the user confirms or changes it. */
export function guessMapping(columns: readonly string[]): Partial<Record<ProspectField, string>> {
  const out: Partial<Record<ProspectField, string>> = {};
  for (const field of PROSPECT_FIELDS) {
    const hit = columns.find((c) => HEADER_WORDS[field].includes(loose(c)));
    if (hit !== undefined) out[field] = hit;
  }
  return out;
}

/**
 * Checks every record of a prospect list: a name, values within limits, an e-mail that is an
 * e-mail, a phone that reads as a number (local numbers in the workspace's country), and no
 * e-mail or phone seen in an earlier row. Pure: duplicates of existing records are the caller's.
 */
export function checkProspectRows(
  records: readonly { row: number; cells: Record<string, string | undefined> }[],
  mapping: ColumnMapping,
  normalizePhone: (raw: string) => string | null,
): { valid: ProspectRow[]; problems: RowProblem[] } {
  const valid: ProspectRow[] = [];
  const problems: RowProblem[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells: record } of records) {
    const cell = (field: ProspectField) => {
      const column = mapping[field];
      return column ? (record[column] ?? '').trim() : '';
    };
    const mine: RowProblem[] = [];
    const problem = (
      field: ProspectField | null,
      code: RowProblemCode,
      value: string,
      message: string,
    ) => mine.push({ row, field, code, value: value || null, message });
    const name = cell('name');
    const companyName = cell('companyName');
    const rawEmail = cell('email');
    const rawPhone = cell('phone');
    if (!name) problem('name', 'missing_name', '', 'The name is empty');
    for (const field of PROSPECT_FIELDS) {
      const value = cell(field);
      if (value.length > LIMITS[field]) {
        problem(field, 'too_long', value.slice(0, 50), `Longer than ${LIMITS[field]} characters`);
      }
    }
    const email = rawEmail ? normalizeEmail(rawEmail) : null;
    if (email && !isValidEmail(email))
      problem('email', 'bad_email', rawEmail, 'Not an e-mail address');
    const phone = rawPhone ? normalizePhone(rawPhone) : null;
    if (rawPhone && !phone) problem('phone', 'bad_phone', rawPhone, 'Not a phone number');
    if (mine.length === 0) {
      for (const [field, key] of [
        ['email', email],
        ['phone', phone],
      ] as const) {
        const earlier = key ? seen.get(`${field}:${key}`) : undefined;
        if (earlier !== undefined) {
          mine.push({
            row,
            field,
            code: 'duplicate_in_file',
            value: key,
            message: `Same ${field === 'email' ? 'e-mail' : 'phone'} as row ${earlier}`,
            duplicateOf: { row: earlier },
          });
          break;
        }
      }
    }
    if (mine.length > 0) {
      problems.push(...mine);
      continue;
    }
    if (email) seen.set(`email:${email}`, row);
    if (phone) seen.set(`phone:${phone}`, row);
    valid.push({ row, name, companyName: companyName || null, email, phone });
  }
  return { valid, problems };
}
