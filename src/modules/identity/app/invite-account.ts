import type { Db } from '../../../kernel/db/connection.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Actor } from '../../../kernel/app/context.ts';
import { findPendingInvitation, insertInvitation } from '../db/invitations-repo.ts';
import type { UserRow } from '../db/users-repo.ts';
import type { Invitation } from '../domain/types.ts';
import type { MembershipTerms } from './join-workspace.ts';

/** Inviting the same person twice answers like adding them twice: 409 `duplicate`. */
const duplicateInvitation = (invitation: { id: string; email: string }) =>
  new DomainError('duplicate', 'This e-mail has already been invited to this workspace.', {
    existing: { kind: 'invitation', id: invitation.id, name: invitation.email },
  });

/**
 * Records the workspace's invitation of an existing account. The workspace keeps only the
 * e-mail it typed and the terms it offers; the account itself is not read out or changed.
 */
export async function inviteAccount(
  tx: Db,
  account: UserRow,
  offer: { email: string; terms: MembershipTerms; actor: Actor; now: Date },
): Promise<Invitation> {
  const { email, terms, actor, now } = offer;
  const pending = await findPendingInvitation(tx, actor.workspaceId, account.id);
  if (pending) throw duplicateInvitation(pending);
  try {
    // A savepoint keeps the transaction usable after a concurrent request's unique violation.
    return await tx.transaction((savepoint) =>
      insertInvitation(savepoint as unknown as Db, {
        workspaceId: actor.workspaceId,
        id: newId(),
        email,
        userId: account.id,
        invitedBy: actor.userId,
        ...terms,
        state: 'pending',
        createdAt: now,
        updatedAt: now,
      }),
    );
  } catch (error) {
    // The same person invited by a concurrent request.
    const raced = uniqueViolation(error)
      ? await findPendingInvitation(tx, actor.workspaceId, account.id)
      : null;
    if (raced) throw duplicateInvitation(raced);
    throw error;
  }
}
