import { findGroup, replaceLinks, updateGroup } from '../db/process-map-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { mapGroup, type MapGroup } from './get-process-map.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { checkGroup, type GroupInput } from './group-input.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { changedFields } from '../../../kernel/domain/changed-fields.ts';
import { groupSubject } from './create-process-group.ts';

export type UpdateGroupInput = Partial<GroupInput> & {
  groupId: string;
  expectedVersion?: number;
  position?: number;
};

/** Edits a group; the rules are checked on the group as it will be after the patch. */
export async function updateProcessGroup(
  input: UpdateGroupInput,
  { actor, tx, clock }: Deps,
): Promise<MapGroup> {
  requireManager(actor);
  const { groupId, expectedVersion, next, ...patch } = input;
  const current = await findGroup(tx, actor.workspaceId, groupId);
  if (!current) throw notFound('process group');
  const merged: GroupInput = {
    name: patch.name ?? current.name,
    kind: patch.kind ?? (current.kind as GroupInput['kind']),
    result: patch.result ?? current.result,
    mode: patch.mode ?? (current.mode as GroupInput['mode']),
    cadence:
      patch.cadence !== undefined ? patch.cadence : (current.cadence as GroupInput['cadence']),
    trigger: patch.trigger !== undefined ? patch.trigger : current.trigger,
    ownerUserId: patch.ownerUserId !== undefined ? patch.ownerUserId : current.ownerUserId,
    ownerTeamId: patch.ownerTeamId !== undefined ? patch.ownerTeamId : current.ownerTeamId,
    processes: patch.processes ?? current.processes,
    next: next ?? current.next,
  };
  // Switching the mode drops the other mode's setting unless the caller sets it explicitly.
  if (patch.mode === 'standing' && patch.trigger === undefined) merged.trigger = null;
  if (patch.mode === 'triggered' && patch.cadence === undefined) merged.cadence = null;
  await checkGroup(tx, actor.workspaceId, current.versionId, groupId, merged);
  const { next: mergedNext, ...fields } = merged;
  const updated = await updateGroup(
    tx,
    actor.workspaceId,
    groupId,
    { ...fields, ...(patch.position === undefined ? {} : { position: patch.position }) },
    expectedVersion,
    clock.now(),
  );
  if (!updated)
    throw new DomainError('version_conflict', 'This process group was changed by someone else.');
  if (next !== undefined) await replaceLinks(tx, actor.workspaceId, groupId, mergedNext);
  await audit(
    { actor, tx, clock },
    {
      action: 'map_group.updated',
      subject: groupSubject(updated),
      details: { fields: changedFields(input, ['groupId']) },
    },
  );
  return mapGroup(tx, actor.workspaceId, (await findGroup(tx, actor.workspaceId, groupId))!);
}
