import { insertGoal, lockGoal, updateGoal, type GoalRow } from '../db/goals-repo.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { goalProblems } from '../domain/goals.ts';
import { DomainError, validationError } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { assertMember } from '../../identity/index.ts';
import type { ActivityType } from '../../../contract/activities.ts';
import type { GoalMeasure, GoalPeriod } from '../../../contract/analytics.ts';
import { audit } from '../../../kernel/app/audit.ts';

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
  deps: Deps,
): Promise<{ goal: GoalRow; created: boolean }> {
  const saved = await saveGoal(input, deps);
  await audit(deps, {
    action: 'goal.set',
    subject: goalSubject(saved.goal),
    details: goalDetails(saved.goal),
  });
  return saved;
}

/** A goal as the audit log names it, and what it says of it. */
export const goalSubject = (goal: GoalRow) => ({ kind: 'goal', id: goal.id, label: null }) as const;
export const goalDetails = (goal: GoalRow) => ({
  userId: goal.userId,
  measure: goal.measure,
  activityType: goal.activityType,
  period: goal.period,
  target: goal.target,
});

async function saveGoal(
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
