import { newId } from '../../../kernel/db/ids.ts';
import { findGroup, insertGroup, replaceLinks } from '../db/process-map-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { mapGroup, type MapGroup } from './get-process-map.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { checkGroup, type GroupInput } from './group-input.ts';
import { activeMapVersion } from './map-version.ts';
import { audit } from '../../../kernel/app/audit.ts';

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
  await audit({ actor, tx, clock }, { action: 'map_group.created', subject: groupSubject(group) });
  return mapGroup(tx, actor.workspaceId, (await findGroup(tx, actor.workspaceId, group.id))!);
}

/** A process group of the map as the audit log names it. */
export const groupSubject = (group: { id: string; name: string }) =>
  ({ kind: 'map_group', id: group.id, label: group.name }) as const;
