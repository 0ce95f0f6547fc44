import { deleteGoal as deleteRow, findGoal } from '../db/goals-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { goalDetails, goalSubject } from './set-goal.ts';

/** Removes a person's goal (managers and admins); the people report stops measuring it. */
export async function deleteGoal(
  input: { goalId: string; expectedVersion?: number | undefined },
  { actor, tx, clock }: Deps,
): Promise<void> {
  requireManager(actor);
  if (!(await findGoal(tx, actor.workspaceId, input.goalId))) throw notFound('Goal');
  const deleted = await deleteRow(tx, actor.workspaceId, input.goalId, input.expectedVersion);
  if (!deleted) throw new DomainError('version_conflict', 'This goal was changed by someone else.');
  await audit(
    { actor, tx, clock },
    { action: 'goal.deleted', subject: goalSubject(deleted), details: goalDetails(deleted) },
  );
}
