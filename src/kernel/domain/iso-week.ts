// ISO 8601 weeks in an IANA time zone. Lamp readings are per ISO week in the workspace's zone
// (DESIGN.md), the same week the event rollup takes in SQL:
// `date_trunc('week', occurred_at at time zone tz)::date` — the Monday of the local date.
//
// Only calendar arithmetic on plain dates is done here (in UTC, where days are 24 h). Everything
// that depends on the zone goes through Intl: the local date of an instant is read with
// Intl.DateTimeFormat, and the instant a local day starts is found by bisection on that (local
// dates only grow with time), so no offset or DST rule is computed by hand. A day whose midnight
// is skipped by a DST jump starts at the first instant that exists on it.
// `timeZone` must be a valid IANA name (region.ts isValidTimezone); Intl throws a RangeError
// otherwise, which is a programming error: workspace zones are validated when set.
import { validationError } from './errors.ts';

export interface IsoWeek {
  year: number;
  week: number;
}

/** A calendar date with no zone; month 1–12. */
interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
const ISO_WEEK = /^(\d{4})-W(\d{2})$/;
const MIN_YEAR = 1000;
const MAX_YEAR = 9999;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date shown by a clock in `timeZone` at `epochMs`. */
function localDate(epochMs: number, timeZone: string): CalendarDate {
  const parts = formatterFor(timeZone).formatToParts(epochMs);
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

/** Midnight UTC of a calendar date, as a day counter that is safe for plain arithmetic. */
function utcMs(d: CalendarDate): number {
  const date = new Date(0);
  date.setUTCFullYear(d.year, d.month - 1, d.day); // setUTCFullYear keeps years < 100 literal
  return date.getTime();
}

function fromUtcMs(ms: number): CalendarDate {
  const date = new Date(ms);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** ISO week of a calendar date: the week belongs to the year that holds its Thursday. */
function isoWeekOfDate(d: CalendarDate): IsoWeek {
  const ms = utcMs(d);
  const isoWeekday = ((new Date(ms).getUTCDay() + 6) % 7) + 1; // Monday 1 … Sunday 7
  const thursday = fromUtcMs(ms + (4 - isoWeekday) * DAY_MS);
  const dayOfYear = (utcMs(thursday) - utcMs({ year: thursday.year, month: 1, day: 1 })) / DAY_MS;
  return { year: thursday.year, week: Math.floor(dayOfYear / 7) + 1 };
}

/** The Monday of an ISO week (4 January is always in week 1). */
function mondayOf(w: IsoWeek): number {
  const jan4 = utcMs({ year: w.year, month: 1, day: 4 });
  const jan4Weekday = ((new Date(jan4).getUTCDay() + 6) % 7) + 1;
  return jan4 - (jan4Weekday - 1) * DAY_MS + (w.week - 1) * 7 * DAY_MS;
}

/**
 * The first instant whose local date in `timeZone` is `dayMs` (a UTC-midnight day counter) or
 * later. UTC offsets stay within ±15 h, so the answer lies within a day and a half of UTC
 * midnight; transitions fall on whole seconds, so the search runs over seconds.
 */
function startOfLocalDay(dayMs: number, timeZone: string): Date {
  const reached = (sec: number): boolean => utcMs(localDate(sec * 1000, timeZone)) >= dayMs;
  let lo = dayMs / 1000 - 36 * 3600; // local date certainly earlier
  let hi = dayMs / 1000 + 36 * 3600; // local date certainly reached
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (reached(mid)) hi = mid;
    else lo = mid;
  }
  return new Date(hi * 1000);
}

export function weeksInIsoYear(year: number): 52 | 53 {
  // 28 December is always in the last ISO week of its year.
  return isoWeekOfDate({ year, month: 12, day: 28 }).week === 53 ? 53 : 52;
}

export function formatIsoWeek(w: IsoWeek): string {
  return `${String(w.year).padStart(4, '0')}-W${String(w.week).padStart(2, '0')}`;
}

/** `'2026-W48'` → `{ year: 2026, week: 48 }`, or null when malformed or out of the year. */
export function readIsoWeek(value: string): IsoWeek | null {
  const match = ISO_WEEK.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const week = Number(match[2]);
  if (year < MIN_YEAR || year > MAX_YEAR || week < 1 || week > weeksInIsoYear(year)) return null;
  return { year, week };
}

/** Like readIsoWeek, but throws `validation_failed` at `path` (W53 only in years that have it). */
export function parseIsoWeek(value: unknown, path = 'week'): IsoWeek {
  const week = typeof value === 'string' ? readIsoWeek(value) : null;
  if (!week) {
    const message =
      typeof value === 'string' && ISO_WEEK.test(value)
        ? 'no such ISO week in that year'
        : 'must be an ISO week like 2026-W48';
    throw validationError([{ path, message }]);
  }
  return week;
}

/** The ISO week (`'2026-W48'`) that holds `instant` on a clock in `timeZone`. */
export function isoWeekOf(instant: Date, timeZone: string): string {
  return formatIsoWeek(isoWeekOfDate(localDate(instant.getTime(), timeZone)));
}

/**
 * The instants of an ISO week in `timeZone`: from Monday 00:00 local (inclusive) to the next
 * Monday 00:00 local (exclusive). Across a DST change the week is an hour shorter or longer.
 */
export function weekRange(week: string, timeZone: string): { start: Date; end: Date } {
  const monday = mondayOf(parseIsoWeek(week));
  return {
    start: startOfLocalDay(monday, timeZone),
    end: startOfLocalDay(monday + 7 * DAY_MS, timeZone),
  };
}

/** Every ISO week from `from` to `to`, both included; empty when `from` is after `to`. */
export function weeksBetween(from: string, to: string): string[] {
  const first = mondayOf(parseIsoWeek(from, 'from'));
  const last = mondayOf(parseIsoWeek(to, 'to'));
  const weeks: string[] = [];
  for (let monday = first; monday <= last; monday += 7 * DAY_MS) {
    weeks.push(formatIsoWeek(isoWeekOfDate(fromUtcMs(monday))));
  }
  return weeks;
}

/** The Monday a week starts on, as a plain date (`'2026-11-23'` for 2026-W48). */
export function weekStartDate(week: string): string {
  return new Date(mondayOf(parseIsoWeek(week))).toISOString().slice(0, 10);
}

/** The week `count` weeks after `week` (before it when negative). */
export function shiftIsoWeek(week: string, count: number): string {
  const monday = mondayOf(parseIsoWeek(week)) + count * 7 * DAY_MS;
  return formatIsoWeek(isoWeekOfDate(fromUtcMs(monday)));
}
