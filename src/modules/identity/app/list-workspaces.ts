import { listWorkspacesOfUser } from '../db/workspaces-repo.ts';
import type { Deps } from '../../../kernel/app/context.ts';

/** The workspaces the caller belongs to, with their role in each. */
export async function listWorkspaces(_input: void, { actor, tx }: Deps) {
  return listWorkspacesOfUser(tx, actor.userId);
}
