import type { Db } from '../../../kernel/db/connection.ts';
import { groupIdsInVersion } from '../db/process-map-repo.ts';
import { validationError, type FieldError } from '../../../kernel/domain/errors.ts';
import { linkErrors, timingErrors } from '../domain/process-group.ts';
import { assertMember, assertTeamExists } from '../../identity/index.ts';
import type { Cadence, GroupKind, GroupMode } from '../../../contract/map.ts';

export interface GroupInput {
  name: string;
  kind: GroupKind;
  result: string;
  mode: GroupMode;
  cadence: Cadence | null;
  trigger: string | null;
  ownerUserId: string | null;
  ownerTeamId: string | null;
  processes: { name: string; description: string }[];
  next: string[];
}

/**
 * Checks a complete group (after a patch is applied): timing, links to groups of the same map
 * version, and an owner who belongs to the workspace. Every problem is reported at once.
 */
export async function checkGroup(
  tx: Db,
  workspaceId: string,
  versionId: string,
  groupId: string | null,
  group: GroupInput,
): Promise<void> {
  const errors: FieldError[] = [...timingErrors(group), ...linkErrors(groupId, group.next)];
  const known = await groupIdsInVersion(tx, workspaceId, versionId, group.next);
  group.next.forEach((id, i) => {
    if (id !== groupId && !known.has(id))
      errors.push({ path: `next.${i}`, message: 'No such group on this map' });
  });
  if (errors.length > 0) throw validationError(errors);
  await assertMember(tx, workspaceId, group.ownerUserId, 'ownerUserId');
  await assertTeamExists(tx, workspaceId, group.ownerTeamId, 'ownerTeamId');
}
