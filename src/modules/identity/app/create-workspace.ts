import type { Workspace } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { provisionWorkspace, type WorkspaceInput } from './workspace-provisioning.ts';

/** A signed-in user opens another workspace and becomes its admin. */
export async function createWorkspace(
  input: WorkspaceInput,
  { actor, ...deps }: Deps,
): Promise<{ workspace: Workspace; apiToken: string }> {
  return provisionWorkspace(input, actor.userId, deps);
}
