import { GOAL_MEASURES as CONTRACT_GOAL_MEASURES } from '../../../../contract/analytics.ts';
import type { TFunction } from 'i18next';
import { formatMoneyWhole, formatNumber } from '../../../../kernel/web/lib/format.ts';
import type { Goal, GoalMeasure } from '../api/types.ts';

/** The measures a goal can count, in the order the form offers them: the contract's. */
export const GOAL_MEASURES: readonly GoalMeasure[] = CONTRACT_GOAL_MEASURES;

type GoalShape = Pick<Goal, 'measure' | 'activityType'>;

/** What a goal counts, in words: "Calls done", "Won value". */
export function goalMeasureLabel(goal: GoalShape, t: TFunction): string {
  if (goal.measure === 'activities_done') {
    return goal.activityType
      ? t(`goals.activity.${goal.activityType}`)
      : t('goals.measures.activities_done');
  }
  return t(`goals.measures.${goal.measure}`);
}

/** A goal's amount: money for won value, a whole number otherwise. */
export function goalAmount(
  goal: Pick<Goal, 'measure'>,
  value: number,
  locale: string,
  currency: string,
): string {
  return goal.measure === 'won_value'
    ? formatMoneyWhole(value, currency, locale)
    : formatNumber(value, locale);
}
