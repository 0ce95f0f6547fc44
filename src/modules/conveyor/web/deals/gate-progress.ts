import type { ActivityType } from '../../../../contract/activities.ts';
import type { ExitCriterion, UnmetCriterion } from '../api/types.ts';

/** One unmet item of a refused move: its stage and criterion (or its kind, for implicit ones). */
export const keyOf = (item: UnmetCriterion) => `${item.stageId}:${item.criterionId ?? item.kind}`;

/** What the gate dialog offers to meet an unmet item in place, or null when it cannot. */
export type InPlace =
  | { kind: 'check'; criterionId: string }
  | { kind: 'activity'; type: ActivityType }
  | { kind: 'field'; field: Extract<ExitCriterion, { kind: 'field' }>['field'] }
  | { kind: 'nextActivity' };

/**
 * The action for an unmet item: a check to tick, an activity to log (its type from the
 * pipeline's criterion, else guessed from the label), a field to fill, a next step to plan.
 */
export function inPlace(
  item: UnmetCriterion,
  criterion: ExitCriterion | undefined,
  types: readonly ActivityType[],
): InPlace | null {
  switch (item.kind) {
    case 'check':
      return item.criterionId ? { kind: 'check', criterionId: item.criterionId } : null;
    case 'activity': {
      if (criterion?.kind === 'activity') return { kind: 'activity', type: criterion.activityType };
      const lower = item.label.toLowerCase();
      return { kind: 'activity', type: types.find((type) => lower.includes(type)) ?? 'task' };
    }
    case 'field':
      return criterion?.kind === 'field' ? { kind: 'field', field: criterion.field } : null;
    case 'nextActivity':
      return { kind: 'nextActivity' };
    default:
      return null;
  }
}

/**
 * How many items still hold "Move" back: those not met here yet that can be met here (one the
 * dialog cannot meet is left to the server, which re-lists it or lets a manager override).
 */
export function itemsLeft(
  unmet: readonly UnmetCriterion[],
  done: ReadonlySet<string>,
  canMeet: (item: UnmetCriterion) => boolean,
): number {
  return unmet.filter((item) => !done.has(keyOf(item)) && canMeet(item)).length;
}
