// Report periods as the filter bar offers them. Dates are local calendar days (`YYYY-MM-DD`) in
// the workspace's time zone, as the API takes them; the arithmetic runs on UTC midnights so the
// browser's own zone never shifts a day.

export const PERIOD_PRESETS = [
  'thisMonth',
  'lastMonth',
  'thisQuarter',
  'lastQuarter',
  'last3Months',
  'last12Months',
  'thisYear',
  'lastYear',
] as const;

export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

export interface Period {
  from: string;
  to: string;
}

/** `YYYY-MM-DD` → `YYYY-MM`. */
export const monthOf = (date: string) => date.slice(0, 7);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether the text is a real calendar date written `YYYY-MM-DD`. */
export function isLocalDate(text: string): boolean {
  const match = DATE.exec(text);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === text;
}

/** Today's date in a time zone (the workspace's: reports count its local days). */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

function ymd(year: number, monthIndex: number, day: number): string {
  return new Date(Date.UTC(year, monthIndex, day)).toISOString().slice(0, 10);
}

/** From the first day of a month to the last day of the `count`-th month (indexes may overflow). */
function months(year: number, monthIndex: number, count: number): Period {
  return { from: ymd(year, monthIndex, 1), to: ymd(year, monthIndex + count, 0) };
}

/** The dates of a preset seen from `today`. */
export function presetPeriod(preset: PeriodPreset, today: string): Period {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const m = month - 1;
  const quarter = m - (m % 3);
  switch (preset) {
    case 'thisMonth':
      return months(year, m, 1);
    case 'lastMonth':
      return months(year, m - 1, 1);
    case 'thisQuarter':
      return months(year, quarter, 3);
    case 'lastQuarter':
      return months(year, quarter - 3, 3);
    case 'last3Months':
      // The calendar months up to this one, ending today.
      return { from: ymd(year, m - 2, 1), to: today };
    case 'last12Months':
      // The reports' default, and the API's (ADR 033): a year of months, ending today.
      return { from: ymd(year, m - 11, 1), to: today };
    case 'thisYear':
      return months(year, 0, 12);
    case 'lastYear':
      return months(year - 1, 0, 12);
  }
}

/** The preset whose dates these are, if any (so a pasted link shows its name). */
export function presetOf(period: Period, today: string): PeriodPreset | null {
  return (
    PERIOD_PRESETS.find((p) => {
      const dates = presetPeriod(p, today);
      return dates.from === period.from && dates.to === period.to;
    }) ?? null
  );
}
