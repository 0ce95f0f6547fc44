import { listWorkspaceIds as listIds } from '../../db/identity/workspaces-repo.ts';
import type { PublicDeps } from '../context.ts';

/** For jobs that visit every workspace (each then in its own transaction). */
export async function listWorkspaceIds(_input: unknown, { tx }: PublicDeps): Promise<string[]> {
  return listIds(tx);
}
