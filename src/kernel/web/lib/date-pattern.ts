import { regionalLocale } from './format-region.ts';

// A date a person types is read in the order their locale writes it: 07/12/2026 is the 7th of
// December in a British workspace and the 12th of July in an American one. The pattern comes
// from Intl itself, so Polish (07.12.2026) and Russian (07.12.2026) need no table of our own.

type Part = 'day' | 'month' | 'year';

const TOKEN: Record<Part, string> = { day: 'DD', month: 'MM', year: 'YYYY' };

function parts(locale: string) {
  return new Intl.DateTimeFormat(regionalLocale(locale), {
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatToParts(new Date(Date.UTC(2026, 11, 7)));
}

/** The order of day, month and year in the locale's short date. */
export function dateOrder(locale: string): Part[] {
  return parts(locale)
    .map((part) => part.type)
    .filter((type): type is Part => type === 'day' || type === 'month' || type === 'year');
}

/** The locale's short date as a dayjs pattern: `DD/MM/YYYY` (en-GB), `DD.MM.YYYY` (pl, ru). */
export function datePattern(locale: string): string {
  return parts(locale)
    .map((part) =>
      part.type === 'day' || part.type === 'month' || part.type === 'year'
        ? TOKEN[part.type]
        : part.type === 'literal'
          ? part.value.replace(/[[\]]/g, '')
          : '',
    )
    .join('');
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A typed date in the locale's order (any separators: `7.12.2026`, `07/12/2026`, `7 12 2026`) or
 * as ISO `2026-12-07`, to `YYYY-MM-DD`; null when it is no real day (31.02.2026) or unreadable.
 */
export function parseLocalDate(text: string, locale: string): string | null {
  const trimmed = text.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(trimmed);
  const groups = iso ? iso.slice(1) : trimmed.split(/[^\d]+/).filter(Boolean);
  if (groups.length !== 3) return null;
  const order: Part[] = iso ? ['year', 'month', 'day'] : dateOrder(locale);
  const value: Partial<Record<Part, number>> = {};
  order.forEach((part, i) => (value[part] = Number(groups[i])));
  const { day, month } = value;
  let { year } = value;
  if (!day || !month || year === undefined) return null;
  if (year < 100) year += 2000; // "7.12.26"
  if (year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}
