import { listTeams as listRows } from '../../db/identity/teams-repo.ts';
import type { Team } from '../../domain/identity/types.ts';
import type { Deps } from '../context.ts';

export async function listTeams(_input: void, { actor, tx }: Deps): Promise<Team[]> {
  return listRows(tx, actor.workspaceId);
}
