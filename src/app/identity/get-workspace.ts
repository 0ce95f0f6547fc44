import { findWorkspace } from '../../db/identity/workspaces-repo.ts';
import { notFound } from '../../domain/errors.ts';
import type { Workspace } from '../../domain/identity/types.ts';
import type { Deps } from '../context.ts';

export async function getWorkspace(
  input: { workspaceId: string },
  { actor, tx }: Deps,
): Promise<Workspace> {
  if (input.workspaceId !== actor.workspaceId) throw notFound('workspace');
  const workspace = await findWorkspace(tx, actor.workspaceId);
  if (!workspace) throw notFound('workspace');
  return workspace;
}
