import type { Db } from '../../db/connection.ts';
import { findTeam } from '../../db/identity/teams-repo.ts';
import { isActiveMember } from '../../db/identity/users-repo.ts';
import { validationError } from '../../domain/errors.ts';

/** A referenced team must exist in the same workspace: a foreign id reads as "not found". */
export async function assertTeamExists(
  tx: Db,
  workspaceId: string,
  teamId: string | null | undefined,
  path = 'teamId',
) {
  if (teamId && !(await findTeam(tx, workspaceId, teamId))) {
    throw validationError([{ path, message: 'No such team in this workspace' }]);
  }
}

/** An owner must be an active member of the same workspace. */
export async function assertMember(
  tx: Db,
  workspaceId: string,
  userId: string | null | undefined,
  path: string,
) {
  if (!userId) return;
  if (!(await isActiveMember(tx, workspaceId, userId))) {
    throw validationError([{ path, message: 'No such user in this workspace' }]);
  }
}
