import type { Db } from '../../../kernel/db/connection.ts';
import { findTeam } from '../db/teams-repo.ts';
import { isActiveMember } from '../db/users-repo.ts';
import { validationError } from '../../../kernel/domain/errors.ts';

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
