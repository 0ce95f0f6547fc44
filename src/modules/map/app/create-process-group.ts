import { newId } from '../../../kernel/db/ids.ts';
import { findGroup, insertGroup, replaceLinks } from '../db/process-map-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { mapGroup, type MapGroup } from './get-process-map.ts';
import { requireManager } from '../../conveyor/index.ts';
import { checkGroup, type GroupInput } from './group-input.ts';
import { activeMapVersion } from './map-version.ts';

/** Adds a process group to the workspace's active map (manager, admin). */
export async function createProcessGroup(
  input: GroupInput,
  { actor, tx, clock }: Deps,
): Promise<MapGroup> {
  requireManager(actor);
  const now = clock.now();
  const version = await activeMapVersion(tx, actor.workspaceId);
  await checkGroup(tx, actor.workspaceId, version.id, null, input);
  const { next, ...fields } = input;
  const group = await insertGroup(tx, {
    ...fields,
    workspaceId: actor.workspaceId,
    id: newId(),
    versionId: version.id,
    createdAt: now,
    updatedAt: now,
  });
  await replaceLinks(tx, actor.workspaceId, group.id, next);
  return mapGroup(tx, actor.workspaceId, (await findGroup(tx, actor.workspaceId, group.id))!);
}
