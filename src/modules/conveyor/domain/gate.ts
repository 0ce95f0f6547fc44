// What a stage gate checks: the facts about one deal, and whether each exit criterion holds.
import type { Criterion, Stage } from './pipeline.ts';
import type { ActivityType } from '../../../contract/activities.ts';

/** Everything the gate needs to know about a deal, gathered by the caller beforehand. */
export interface DealGateFacts {
  stageId: string;
  value: number | null;
  expectedCloseDate: string | null;
  contactId: string | null;
  companyId: string | null;
  /** Check criteria ticked on this deal. */
  doneCheckIds: ReadonlySet<string>;
  /** Types of activities completed since the deal entered its current stage. */
  activityTypesDoneSinceStageEntered: ReadonlySet<ActivityType>;
  /** A planned (not completed) activity is due in the future. */
  hasPlannedFutureActivity: boolean;
}

/** One criterion that blocks a move; `criterionId` is null for the implicit next-activity rule. */
export interface UnmetCriterion {
  stageId: string;
  criterionId: string | null;
  kind: Criterion['kind'];
  label: string;
}

export const IMPLICIT_NEXT_ACTIVITY_LABEL = 'Next activity planned';

/**
 * Whether a criterion holds for a deal (API.md, criterion kinds): `field` — the field is set
 * (`value` > 0, the others non-null); `activity` — one of that type was completed since the
 * deal entered its stage; `check` — ticked on the deal; `nextActivity` — a future activity is
 * planned.
 */
export function isCriterionMet(criterion: Criterion, facts: DealGateFacts): boolean {
  switch (criterion.kind) {
    case 'field':
      // A zero value is as good as no value: nobody forecasts a deal worth nothing.
      return criterion.field === 'value' ? (facts.value ?? 0) > 0 : facts[criterion.field] !== null;
    case 'activity':
      return facts.activityTypesDoneSinceStageEntered.has(criterion.activityType);
    case 'check':
      return facts.doneCheckIds.has(criterion.id);
    case 'nextActivity':
      return facts.hasPlannedFutureActivity;
  }
}

/** The exit criteria of one stage that the deal does not meet, in the stage's order. */
export function unmetExitCriteria(stage: Stage, facts: DealGateFacts): UnmetCriterion[] {
  return stage.exitCriteria
    .filter((criterion) => !isCriterionMet(criterion, facts))
    .map((criterion) => ({
      stageId: stage.id,
      criterionId: criterion.id,
      kind: criterion.kind,
      label: criterion.label,
    }));
}
