import { validationError, type FieldError } from '../../../kernel/domain/errors.ts';

/** A report's span: whole local days `from`..`to` inclusive, `YYYY-MM-DD` in the workspace zone. */
export interface ReportPeriod {
  from: string;
  to: string;
}

const MAX_DAYS = 3700; // ten years: enough for any report, small enough to stay bounded

/** The local calendar date of an instant in a time zone. */
export function localDate(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function isRealDate(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

function daysBetween(from: string, to: string): number {
  return (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000;
}

/** How many calendar months a report reads when no period is asked for (ADR 033). */
export const DEFAULT_MONTHS = 12;

/**
 * The first day of the month `DEFAULT_MONTHS - 1` months before `date`'s: with that month, the
 * default span.
 */
function defaultStart(date: string): string {
  const [y, m] = date.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - DEFAULT_MONTHS, 1)).toISOString().slice(0, 10);
}

/**
 * The period asked for; by default the twelve calendar months up to today: long enough that the
 * deals and leads of its first months have had time to be won or lost, so a report reading a
 * cohort (funnel, lead funnel, sources, what-if) shows what became of it, and short enough to be
 * this year's business (ADR 033). Dates must be real and in order.
 */
export function resolvePeriod(
  input: { from?: string | undefined; to?: string | undefined },
  today: string,
): ReportPeriod {
  const errors: FieldError[] = [];
  if (input.from !== undefined && !isRealDate(input.from))
    errors.push({ path: 'from', message: 'Not a date (YYYY-MM-DD)' });
  if (input.to !== undefined && !isRealDate(input.to))
    errors.push({ path: 'to', message: 'Not a date (YYYY-MM-DD)' });
  if (errors.length > 0) throw validationError(errors);
  const to = input.to ?? today;
  const from = input.from ?? defaultStart(to);
  const days = daysBetween(from, to);
  if (days < 0) throw validationError([{ path: 'from', message: 'After `to`' }]);
  if (days > MAX_DAYS)
    throw validationError([{ path: 'from', message: `At most ${MAX_DAYS} days at once` }]);
  return { from, to };
}

/** What a report's queries need: the workspace, its zone and currency, the resolved filters. */
export interface ReportScope extends ReportPeriod {
  workspaceId: string;
  timezone: string;
  currency: string;
  pipelineId: string | null;
  ownerId: string | null;
  teamId: string | null;
  now: Date;
}
