import { listTeams as listRows } from '../db/teams-repo.ts';
import type { Team } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function listTeams(_input: void, { actor, tx }: Deps): Promise<Team[]> {
  return listRows(tx, actor.workspaceId);
}
