import { listApiTokens } from '../../db/identity/credentials-repo.ts';
import { canManageWorkspace } from '../../domain/identity/roles.ts';
import type { ApiTokenInfo } from '../../domain/identity/types.ts';
import type { Deps } from '../context.ts';

/** Admins see every live token of the workspace; others see their own. Never the secret. */
export async function listTokens(_input: void, { actor, tx }: Deps): Promise<ApiTokenInfo[]> {
  const userId = canManageWorkspace(actor.role) ? null : actor.userId;
  return listApiTokens(tx, actor.workspaceId, { userId });
}
