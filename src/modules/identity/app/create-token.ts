import { requireThePerson } from './require-the-person.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { insertApiToken } from '../db/credentials-repo.ts';
import { findMember } from '../db/users-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import { canManageWorkspace, type TokenScope } from '../../../contract/roles.ts';
import type { ApiTokenInfo } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from './secrets.ts';
import { audit } from '../../../kernel/app/audit.ts';

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
  // A token of one's own is the person's: minted with a token an admin issued for them, it would
  // pass as theirs (ADR 026).
  if (userId === actor.userId) {
    requireThePerson(actor, 'Issue your own tokens signed in, not with a token issued for you.');
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
  await audit(
    { actor, tx, clock },
    {
      action: 'token.issued',
      subject: tokenSubject(info),
      details: { userId, scopes: info.scopes },
    },
  );
  return { info, token };
}

/** A token as the audit log names it: its id and name, never the secret. */
export const tokenSubject = (token: { id: string; name: string }) =>
  ({ kind: 'token', id: token.id, label: token.name }) as const;
