// ISO weeks in the browser, only to step the map's week picker: the server decides which week
// is "current" (in the workspace's time zone), the web app just moves from it.

const WEEK = /^(\d{4})-W(\d{2})$/;
const DAY_MS = 86_400_000;

/** The Monday (UTC) of week 1 of an ISO year: the week holding 4 January. */
function firstMonday(year: number): number {
  const jan4 = Date.UTC(year, 0, 4);
  const weekday = (new Date(jan4).getUTCDay() + 6) % 7;
  return jan4 - weekday * DAY_MS;
}

function weekOfDate(time: number): string {
  const date = new Date(time);
  const weekday = (date.getUTCDay() + 6) % 7;
  // The Thursday of this week decides the ISO year.
  const thursday = time + (3 - weekday) * DAY_MS;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - firstMonday(year)) / (7 * DAY_MS)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** `2026-W48` moved by `weeks` (negative goes back), across year ends. */
export function shiftWeek(week: string, weeks: number): string {
  const match = WEEK.exec(week);
  if (!match) throw new Error(`Not an ISO week: ${week}`);
  const monday = firstMonday(Number(match[1])) + (Number(match[2]) - 1) * 7 * DAY_MS;
  return weekOfDate(monday + weeks * 7 * DAY_MS);
}

/** The Monday of an ISO week as a UTC date (for "23 Nov" labels). */
export function weekMonday(week: string): Date {
  const match = WEEK.exec(week);
  if (!match) throw new Error(`Not an ISO week: ${week}`);
  return new Date(firstMonday(Number(match[1])) + (Number(match[2]) - 1) * 7 * DAY_MS);
}

/** "W48" — the short label of a week on a chart axis. */
export function shortWeek(week: string): string {
  return week.slice(5);
}
