import { regionalLocale } from './format-region.ts';

/** A date-time (ISO 8601) as a medium date in the active locale and the workspace's time zone. */
export function formatDate(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(regionalLocale(locale), { dateStyle: 'medium', timeZone }).format(
    date,
  );
}

/** A date-time (ISO 8601) with date and time. */
export function formatDateTime(iso: string, locale: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(regionalLocale(locale), {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(date);
}

/** Money in major units with its ISO 4217 currency, e.g. `12 500,50 zł`. */
export function formatMoney(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(value);
}

/** A whole number with the locale's grouping. */
export function formatNumber(value: number, locale: string): string {
  return new Intl.NumberFormat(locale).format(value);
}

/** Money rounded to whole units for reports and charts, e.g. `12 501 zł`. */
export function formatMoneyWhole(value: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
  }).format(value);
}

/** A share from 0 to 1 as a percentage with at most one decimal, e.g. `33.3%`. */
export function formatPercent(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(share);
}

/** A number of days with at most one decimal and the unit in the locale's plural, e.g. `2,5 dnia`. */
export function formatDays(days: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: 'day',
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(days);
}

export type DurationUnit = 'day' | 'hour' | 'minute' | 'second';

/** Seconds in one of each unit. */
export const SECONDS_IN: Record<DurationUnit, number> = {
  day: 86_400,
  hour: 3600,
  minute: 60,
  second: 1,
};

/**
 * The unit a duration reads best in: days from a day on, hours from an hour, minutes from a
 * minute, else seconds — chosen after rounding, so 59.6 minutes is "1 hour", not "60 minutes".
 */
export function durationUnit(seconds: number): DurationUnit {
  const abs = Math.abs(seconds);
  if (Math.round((abs / 3600) * 10) / 10 >= 24) return 'day';
  if (Math.round(abs / 60) >= 60) return 'hour';
  if (Math.round(abs) >= 60) return 'minute';
  return 'second';
}

/**
 * A duration in the given unit with the unit in the locale's plural (`3 godziny`, `45 минут`):
 * days and hours to one decimal, minutes and seconds whole.
 */
export function formatDurationIn(seconds: number, unit: DurationUnit, locale: string): string {
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: unit === 'day' || unit === 'hour' ? 1 : 0,
  }).format(seconds / SECONDS_IN[unit]);
}

/** A duration in seconds in the unit it reads best in: `2.5 days`, `3 hours`, `45 minutes`. */
export function formatDuration(seconds: number, locale: string): string {
  return formatDurationIn(seconds, durationUnit(seconds), locale);
}

/** A calendar month (`YYYY-MM`) in the locale, e.g. `Nov 2026`, `lis 2026`. */
export function formatMonth(month: string, locale: string): string {
  const [year, index] = month.split('-').map(Number);
  if (!year || !index) return month;
  return new Intl.DateTimeFormat(regionalLocale(locale), {
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, index - 1, 1)));
}

/** A calendar date (`YYYY-MM-DD`, no time zone involved) as a medium date in the locale. */
export function formatLocalDate(date: string, locale: string): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(regionalLocale(locale), {
    dateStyle: 'medium',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
