import { deleteGroup } from '../db/process-map-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../conveyor/index.ts';

/** Removes a group with its lamps, their readings and every link to or from it. */
export async function deleteProcessGroup(
  input: { groupId: string },
  { actor, tx }: Deps,
): Promise<void> {
  requireManager(actor);
  if (!(await deleteGroup(tx, actor.workspaceId, input.groupId))) throw notFound('process group');
}
