import { insertGoal, lockGoal, updateGoal, type GoalRow } from '../db/goals-repo.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { goalProblems } from '../domain/goals.ts';
import { DomainError, validationError } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../conveyor/index.ts';
import { assertMember } from '../../identity/index.ts';
import type { ActivityType } from '../../../contract/activities.ts';
import type { GoalMeasure, GoalPeriod } from '../../../contract/analytics.ts';

export interface SetGoalInput {
  userId: string;
  measure: GoalMeasure;
  activityType: ActivityType | null;
  period: GoalPeriod;
  target: number;
  expectedVersion?: number | undefined;
}

/**
 * Sets a person's target on a measure per week or month (managers and admins): one target per
 * person, measure (and activity type) and period, so the same call creates it or replaces it.
 * With If-Match, a changed (or missing) goal → 412.
 */
export async function setGoal(
  input: SetGoalInput,
  { actor, tx, clock }: Deps,
): Promise<{ goal: GoalRow; created: boolean }> {
  requireManager(actor);
  const problems = goalProblems(input);
  if (problems.length > 0) throw validationError(problems);
  await assertMember(tx, actor.workspaceId, input.userId, 'userId');
  const now = clock.now();
  const key = {
    workspaceId: actor.workspaceId,
    userId: input.userId,
    measure: input.measure,
    activityType: input.activityType,
    period: input.period,
  };
  const stale = () => new DomainError('version_conflict', 'This goal was changed by someone else.');
  const existing = await lockGoal(tx, key);
  if (!existing) {
    if (input.expectedVersion !== undefined) throw stale();
    const created = await insertGoal(tx, {
      ...key,
      id: newId(),
      target: input.target,
      updatedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (created) return { goal: created, created: true };
  }
  const patch = { target: input.target, updatedBy: actor.userId };
  const updated = await updateGoal(tx, key, patch, input.expectedVersion, now);
  if (!updated) throw stale();
  return { goal: updated, created: false };
}
