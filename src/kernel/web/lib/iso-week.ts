import { regionalLocale } from './format-region.ts';
// ISO weeks on the client (the map and the lamp dashboard): the API names weeks ("2026-W48") in
// the workspace's time zone, so pages only step between names and show their dates; they never
// decide which week is now.

const DAY = 86_400_000;
const PATTERN = /^(\d{4})-W(\d{2})$/;

/** The Monday of an ISO week as a UTC midnight (a calendar date, no time zone involved). */
export function weekMonday(week: string): Date {
  const match = PATTERN.exec(week);
  if (!match) throw new RangeError(`Not an ISO week: ${week}`);
  const year = Number(match[1]);
  const number = Number(match[2]);
  // 4 January is always in week 1; its week's Monday starts the ISO year.
  const jan4 = Date.UTC(year, 0, 4);
  const jan4Weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return new Date(jan4 - jan4Weekday * DAY + (number - 1) * 7 * DAY);
}

/** The ISO week a calendar date (read in UTC) belongs to. */
export function weekOf(date: Date): string {
  const weekday = (date.getUTCDay() + 6) % 7;
  // The Thursday of the same week decides the ISO year.
  const thursday = new Date(
    Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) + (3 - weekday) * DAY,
  );
  const year = thursday.getUTCFullYear();
  const number = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return `${year}-W${String(number).padStart(2, '0')}`;
}

/** The week `count` weeks after (negative: before) the given one. */
export function shiftWeek(week: string, count: number): string {
  return weekOf(new Date(weekMonday(week).getTime() + count * 7 * DAY));
}

/** Whether the text is an ISO week name like 2026-W48 (a week 53 only where the year has one). */
export function isWeek(text: string): boolean {
  return PATTERN.test(text) && weekOf(weekMonday(text)) === text;
}

/** The week's number within its year: 48 for 2026-W48. */
export function weekNumber(week: string): number {
  return Number(week.slice(6));
}

/** "23–29 Nov 2026" in the locale: the week's Monday to Sunday. */
export function weekDates(week: string, locale: string): string {
  const monday = weekMonday(week);
  const sunday = new Date(monday.getTime() + 6 * DAY);
  return new Intl.DateTimeFormat(regionalLocale(locale), {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).formatRange(monday, sunday);
}

/** "W48" — the short label of a week on a chart axis. */
export function shortWeek(week: string): string {
  return week.slice(5);
}
