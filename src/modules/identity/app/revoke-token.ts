import { findApiToken, revokeApiToken } from '../db/credentials-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import { canManageWorkspace } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { tokenSubject } from './create-token.ts';
import { audit } from '../../../kernel/app/audit.ts';

export async function revokeToken(
  input: { tokenId: string },
  { actor, tx, clock }: Deps,
): Promise<void> {
  const token = await findApiToken(tx, actor.workspaceId, input.tokenId);
  // Someone else's token reads as absent to a non-admin.
  if (!token || (token.userId !== actor.userId && !canManageWorkspace(actor.role))) {
    throw notFound('token');
  }
  await revokeApiToken(tx, actor.workspaceId, input.tokenId, clock.now());
  await audit(
    { actor, tx, clock },
    { action: 'token.revoked', subject: tokenSubject(token), details: { userId: token.userId } },
  );
}
