import { findMember } from '../db/users-repo.ts';
import { findWorkspace, listWorkspacesOfUser } from '../db/workspaces-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Member, Workspace } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export interface Me {
  member: Member;
  workspace: Workspace;
  workspaces: { id: string; name: string; role: string }[];
}

export async function getMe(_input: void, { actor, tx }: Deps): Promise<Me> {
  const member = await findMember(tx, actor.workspaceId, actor.userId);
  const workspace = await findWorkspace(tx, actor.workspaceId);
  if (!member || !workspace) throw notFound('user');
  return { member, workspace, workspaces: await listWorkspacesOfUser(tx, actor.userId) };
}
