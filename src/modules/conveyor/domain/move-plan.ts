// Which stages a move or a win passes, and which exit criteria block it (API.md, deal actions;
// DESIGN.md "Conveyor rules"). Deciding what to do about blocking criteria is gate-decision.ts.
import { DomainError } from '../../../kernel/domain/errors.ts';
import {
  IMPLICIT_NEXT_ACTIVITY_LABEL,
  unmetExitCriteria,
  type DealGateFacts,
  type UnmetCriterion,
} from './gate.ts';
import { sortedStages, type Pipeline, type Stage } from './pipeline.ts';

export interface MovePlan {
  kind: 'forward' | 'backward' | 'same';
  from: Stage;
  to: Stage;
  /** Forward: the current stage and every skipped stage, in order. Otherwise empty. */
  passed: Stage[];
  /** Of `passed`, the stages whose exit criteria apply: the current one and every skipped stage
   * that is not optional. */
  gated: Stage[];
  unmet: UnmetCriterion[];
}

export interface WinPlan {
  /** The current stage and every stage after it. */
  passed: Stage[];
  /** Of `passed`, the stages whose exit criteria apply (optional skipped stages do not). */
  gated: Stage[];
  unmet: UnmetCriterion[];
}

/**
 * Plans moving a deal to `targetStageId`. Forward, the exit criteria of the current stage and
 * of every skipped stage must hold; with `requireNextActivity` the deal must also have a
 * planned future activity, reported as an implicit criterion of the current stage
 * (`criterionId: null`) unless an explicit next-activity criterion of a passed stage already
 * reports it. Backward and same-stage moves are never gated. Does not mutate its inputs.
 *
 * @throws DomainError `stage_not_in_pipeline` when the target is not a stage of the pipeline.
 */
export function planMove(
  pipeline: Pipeline,
  facts: DealGateFacts,
  targetStageId: string,
  options: { requireNextActivity: boolean },
): MovePlan {
  const stages = sortedStages(pipeline);
  const fromIndex = currentStageIndex(pipeline, stages, facts);
  const toIndex = stages.findIndex((s) => s.id === targetStageId);
  if (toIndex < 0) {
    throw new DomainError(
      'stage_not_in_pipeline',
      `Stage ${targetStageId} is not in pipeline "${pipeline.name}"`,
      { stageId: targetStageId, pipelineId: pipeline.id },
    );
  }
  const from = stages[fromIndex] as Stage;
  const to = stages[toIndex] as Stage;
  if (toIndex <= fromIndex) {
    // Moving back is always allowed (and logged by the caller): nothing to check.
    const kind = toIndex === fromIndex ? 'same' : 'backward';
    return { kind, from, to, passed: [], gated: [], unmet: [] };
  }
  const passed = stages.slice(fromIndex, toIndex);
  const gated = gatedStages(passed);
  const [current, ...skipped] = gated.map((stage) => unmetExitCriteria(stage, facts));
  const explicit = [...(current ?? []), ...skipped.flat()];
  // Next-activity facts are deal-wide, so an explicit unmet one already says it all.
  const alreadyReported = explicit.some((u) => u.kind === 'nextActivity');
  const implicit: UnmetCriterion[] =
    options.requireNextActivity && !facts.hasPlannedFutureActivity && !alreadyReported
      ? [
          {
            stageId: from.id,
            criterionId: null,
            kind: 'nextActivity',
            label: IMPLICIT_NEXT_ACTIVITY_LABEL,
          },
        ]
      : [];
  // The implicit criterion sits with the current stage's own, before those of skipped stages.
  return {
    kind: 'forward',
    from,
    to,
    passed,
    gated,
    unmet: [...(current ?? []), ...implicit, ...skipped.flat()],
  };
}

/**
 * Plans winning a deal: it passes its current stage and every remaining one, whose exit
 * criteria apply as for a forward move (optional ones only when the deal is in them). No
 * implicit next-activity criterion: a won deal needs no next step on the conveyor.
 */
export function planWin(pipeline: Pipeline, facts: DealGateFacts): WinPlan {
  const stages = sortedStages(pipeline);
  const passed = stages.slice(currentStageIndex(pipeline, stages, facts));
  const gated = gatedStages(passed);
  return { passed, gated, unmet: gated.flatMap((stage) => unmetExitCriteria(stage, facts)) };
}

/**
 * The first of `passed` is the stage the deal is in: it entered it, so its gate applies even
 * when optional. A skipped optional stage was never entered (seed 002: negotiation *may*
 * happen), so its gate does not.
 */
function gatedStages(passed: Stage[]): Stage[] {
  return passed.filter((stage, i) => i === 0 || !stage.optional);
}

/** A deal always sits in a stage of its own pipeline; anything else is a caller's bug. */
function currentStageIndex(pipeline: Pipeline, stages: Stage[], facts: DealGateFacts): number {
  const index = stages.findIndex((s) => s.id === facts.stageId);
  if (index < 0) {
    throw new Error(`Deal's stage ${facts.stageId} is not in pipeline ${pipeline.id}`);
  }
  return index;
}
