import type { ReportPeriod } from './report-period.ts';

/** A source as leads and deals carry it; null parts are "not given". */
export interface SourceKey {
  channel: string | null;
  medium: string | null;
  campaign: string | null;
}

/** Reports narrowed to a source: the parts given must match. */
export type SourceFilter = Partial<Record<keyof SourceKey, string | undefined>>;

/** What a source cost in one month (`month` is its first day, `YYYY-MM-01`). */
export interface MonthlyCost extends SourceKey {
  month: string;
  amount: number;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

function monthEnd(monthStart: string): string {
  const [y, m] = monthStart.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The part of a month's cost that falls in the period: the amount × the period's days in that
 * month ÷ the month's days (ADR 015). Local dates only, so no time zone is involved.
 */
export function costInPeriod(cost: Pick<MonthlyCost, 'month' | 'amount'>, period: ReportPeriod) {
  const first = dayNumber(cost.month);
  const last = dayNumber(monthEnd(cost.month));
  const from = Math.max(first, dayNumber(period.from));
  const to = Math.min(last, dayNumber(period.to));
  if (to < from) return 0;
  return (cost.amount * (to - from + 1)) / (last - first + 1);
}

/** `YYYY-MM` → the first day of that month. */
export function monthStart(month: string): string {
  return `${month}-01`;
}
