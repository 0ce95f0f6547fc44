import { listGoals as listRows, type GoalRow } from '../db/goals-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';

/** Everyone may read the goals (members see what they are measured against). */
export async function listGoals(
  input: { userId?: string | undefined },
  { actor, tx }: Deps,
): Promise<GoalRow[]> {
  return listRows(tx, actor.workspaceId, input.userId ? [input.userId] : null);
}
