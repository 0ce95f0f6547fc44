import { listWorkspaceIds as listIds } from '../../identity/index.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';

/** For jobs that visit every workspace (each then in its own transaction). */
export async function listWorkspaceIds(_input: unknown, { tx }: PublicDeps): Promise<string[]> {
  return listIds(tx);
}
