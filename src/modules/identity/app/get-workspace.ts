import { findWorkspace } from '../db/workspaces-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Workspace } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function getWorkspace(
  input: { workspaceId: string },
  { actor, tx }: Deps,
): Promise<Workspace> {
  if (input.workspaceId !== actor.workspaceId) throw notFound('workspace');
  const workspace = await findWorkspace(tx, actor.workspaceId);
  if (!workspace) throw notFound('workspace');
  return workspace;
}
