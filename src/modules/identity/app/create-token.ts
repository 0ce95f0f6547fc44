import { newId } from '../../../kernel/db/ids.ts';
import { insertApiToken } from '../db/credentials-repo.ts';
import { findMember } from '../db/users-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import { canManageWorkspace, type TokenScope } from '../../../contract/roles.ts';
import type { ApiTokenInfo } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.ts';

export interface CreateTokenInput {
  name: string;
  userId?: string;
  scopes?: TokenScope[];
}

/**
 * Issues an API token, returned once and stored only as a hash. An admin may issue one for
 * another user of the workspace (an integration account).
 */
export async function createToken(
  input: CreateTokenInput,
  { actor, tx, clock }: Deps,
): Promise<{ info: ApiTokenInfo; token: string }> {
  const userId = input.userId ?? actor.userId;
  if (userId !== actor.userId && !canManageWorkspace(actor.role)) {
    throw new DomainError('forbidden', 'Only an admin may issue tokens for other users.');
  }
  const member = await findMember(tx, actor.workspaceId, userId);
  if (!member || !member.membership.active) throw notFound('user');
  const token = newSecret(API_TOKEN_PREFIX);
  const info = await insertApiToken(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    userId,
    name: input.name,
    tokenHash: hashSecret(token),
    scopes: input.scopes && input.scopes.length > 0 ? [...new Set(input.scopes)] : ['api'],
    createdBy: actor.userId,
    createdAt: clock.now(),
  });
  return { info, token };
}
