import { deleteGroup, findGroup } from '../db/process-map-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { groupSubject } from './create-process-group.ts';

/** Removes a group with its lamps, their readings and every link to or from it. */
export async function deleteProcessGroup(
  input: { groupId: string },
  { actor, tx, clock }: Deps,
): Promise<void> {
  requireManager(actor);
  const group = await findGroup(tx, actor.workspaceId, input.groupId);
  if (!group || !(await deleteGroup(tx, actor.workspaceId, input.groupId))) {
    throw notFound('process group');
  }
  await audit({ actor, tx, clock }, { action: 'map_group.deleted', subject: groupSubject(group) });
}
