import type { FieldError } from '../../../kernel/domain/errors.ts';
import { ratio } from './funnel.ts';
import type { ReportPeriod } from './report-period.ts';
import { hasAtMostCents } from '../../../kernel/domain/money/cents.ts';
import { ACTIVITY_TYPES, type ActivityType } from '../../../contract/activities.ts';
import type { GoalMeasure, GoalPeriod, GoalStatus } from '../../../contract/analytics.ts';

export interface GoalDefinition {
  measure: GoalMeasure;
  /** Only for `activities_done`; null counts every type. */
  activityType: ActivityType | null;
  period: GoalPeriod;
  target: number;
}

const MAX_TARGET = 999_999_999_999;

/** Every problem with a goal's definition, by field. */
export function goalProblems(
  goal: Omit<GoalDefinition, 'activityType'> & { activityType: string | null },
): FieldError[] {
  const errors: FieldError[] = [];
  if (goal.activityType !== null) {
    if (goal.measure !== 'activities_done') {
      errors.push({ path: 'activityType', message: 'Only for the activities_done measure' });
    } else if (!(ACTIVITY_TYPES as readonly string[]).includes(goal.activityType)) {
      errors.push({ path: 'activityType', message: `One of ${ACTIVITY_TYPES.join(', ')}` });
    }
  }
  if (!Number.isFinite(goal.target) || goal.target <= 0 || goal.target > MAX_TARGET) {
    errors.push({ path: 'target', message: 'A number above 0' });
  } else if (goal.measure === 'won_value' && !hasAtMostCents(goal.target)) {
    errors.push({ path: 'target', message: 'At most 2 decimals' });
  } else if (goal.measure !== 'won_value' && !Number.isInteger(goal.target)) {
    errors.push({ path: 'target', message: 'A whole number: this goal counts' });
  }
  return errors;
}

const DAY = 86_400_000;
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;

/**
 * How many weeks or months the period is worth: whole days over 7 for weeks; for months each
 * calendar month counts by the share of its days inside the period (a quarter is 3, half of
 * a 30-day month is 0.5).
 */
export function periodUnits(period: ReportPeriod, unit: GoalPeriod): number {
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  if (unit === 'week') return (last - first + 1) / 7;
  let units = 0;
  let day = first;
  while (day <= last) {
    const date = new Date(day * DAY);
    const year = date.getUTCFullYear();
    const month = date.getUTCMonth();
    const monthFirst = Date.UTC(year, month, 1) / DAY;
    const monthLast = Date.UTC(year, month + 1, 0) / DAY;
    const end = Math.min(monthLast, last);
    units += (end - day + 1) / (monthLast - monthFirst + 1);
    day = end + 1;
  }
  return units;
}

/** The goal's target for the period: whole for counts, cents for value. */
export function periodTarget(goal: GoalDefinition, period: ReportPeriod): number {
  const raw = goal.target * periodUnits(period, goal.period);
  return goal.measure === 'won_value' ? Math.round(raw * 100) / 100 : Math.round(raw);
}

export interface GoalProgress {
  /** The target for the whole period. */
  periodTarget: number;
  actual: number;
  /** actual / periodTarget (4 decimals); null when the period's target rounds to 0. */
  progress: number | null;
  /** The share of the target due by today at an even pace (the whole target once the period is over). */
  expectedToDate: number;
  /** `met`: target reached; `on_track`: at least the even pace; `behind`: below it. */
  status: GoalStatus;
}

/** How far a person is towards a goal in the period, and whether they keep pace by today. */
export function goalProgress(
  goal: GoalDefinition,
  period: ReportPeriod,
  actual: number,
  today: string,
): GoalProgress {
  const target = periodTarget(goal, period);
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  const elapsed = Math.min(Math.max(dayNumber(today) - first + 1, 0), last - first + 1);
  const share = elapsed / (last - first + 1);
  const expected =
    goal.measure === 'won_value'
      ? Math.round(target * share * 100) / 100
      : Math.round(target * share * 10) / 10;
  return {
    periodTarget: target,
    actual,
    progress: ratio(actual, target),
    expectedToDate: expected,
    status: actual >= target ? 'met' : actual >= expected ? 'on_track' : 'behind',
  };
}
