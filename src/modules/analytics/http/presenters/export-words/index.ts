// The words of a report's file, in the reader's language (issue 17): headers and the codes its
// cells would otherwise show raw. Numbers stay numbers (CSV stays machine-readable); XLSX formats
// shares as percentages and money with its currency (COLUMN_FORMATS).
import type { Locale } from '../../../../../contract/roles.ts';
import { CHANNELS, isKnownMedium } from '../../../../../contract/sources.ts';
import type { ReportTable } from '../../../../../kernel/http/report-files.ts';
import { COLUMN_FORMATS, type ColumnId } from './columns.ts';
import { EXPORT_WORDS_EN } from './en.ts';
import { EXPORT_WORDS_PL } from './pl.ts';
import { EXPORT_WORDS_RU } from './ru.ts';
import type { ExportWords } from './words.ts';

export type { ColumnId } from './columns.ts';
export type { ExportWords, ValueCode } from './words.ts';

export const EXPORT_WORDS: Record<Locale, ExportWords> = {
  en: EXPORT_WORDS_EN,
  pl: EXPORT_WORDS_PL,
  ru: EXPORT_WORDS_RU,
};

/** A table under its columns' headers in the reader's words, with their number formats. */
export function exportTable(
  words: ExportWords,
  columns: readonly ColumnId[],
  rows: ReportTable['rows'],
): ReportTable {
  return {
    columns: columns.map((id) => words.columns[id]),
    formats: columns.map((id) => COLUMN_FORMATS[id]),
    rows,
  };
}

/** A channel by its word; anything else (none) as it is. */
export function channelWord(words: ExportWords, channel: string | null): string | null {
  return (CHANNELS as readonly (string | null)[]).includes(channel)
    ? words.channels[channel as (typeof CHANNELS)[number]]
    : channel;
}

/** A medium Conveyor knows by its word, any other as it was typed. */
export function mediumWord(words: ExportWords, medium: string | null): string | null {
  return medium !== null && isKnownMedium(medium) ? words.mediums[medium] : medium;
}

/** Yes or no in words; no value stays empty. */
export function yesNo(words: ExportWords, value: boolean | null): string | null {
  return value === null ? null : words.values[value ? 'yes' : 'no'];
}
