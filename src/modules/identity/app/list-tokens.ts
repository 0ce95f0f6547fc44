import { listApiTokens } from '../db/credentials-repo.ts';
import { canManageWorkspace } from '../../../contract/roles.ts';
import type { ApiTokenInfo } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';

/** Admins see every live token of the workspace; others see their own. Never the secret. */
export async function listTokens(_input: void, { actor, tx }: Deps): Promise<ApiTokenInfo[]> {
  const userId = canManageWorkspace(actor.role) ? null : actor.userId;
  return listApiTokens(tx, actor.workspaceId, { userId });
}
