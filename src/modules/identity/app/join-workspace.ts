import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { findMember, insertMembership } from '../db/users-repo.ts';
import type { Member } from '../domain/types.ts';

export interface MembershipTerms {
  role: string;
  salesRoles: string[];
  teamId: string | null;
  leadLimit: number | null;
}

export const duplicateMember = (existing: { id: string; name: string }) =>
  new DomainError('duplicate', 'This e-mail already belongs to a user of this workspace.', {
    existing: { kind: 'user', id: existing.id, name: existing.name },
  });

/**
 * Makes an account a member of the workspace on the given terms and records `user.created`
 * there. Only for an account the workspace may take: one it has just created, one whose person
 * accepted its invitation, or the demo's own people.
 */
export async function joinWorkspace(
  tx: Db,
  join: { workspaceId: string; actorId: string; user: { id: string; name: string } },
  terms: MembershipTerms,
  now: Date,
): Promise<Member> {
  const { workspaceId, actorId, user } = join;
  try {
    await insertMembership(tx, {
      workspaceId,
      userId: user.id,
      ...terms,
      createdAt: now,
      updatedAt: now,
    });
  } catch (error) {
    // The same person added to this workspace by a concurrent request.
    if (uniqueViolation(error)) throw duplicateMember(user);
    throw error;
  }
  await appendEvents(tx, workspaceId, [
    {
      type: 'user.created',
      occurredAt: now,
      actorId,
      ownerId: user.id,
      teamId: terms.teamId,
      payload: { userId: user.id, role: terms.role, salesRoles: terms.salesRoles },
    },
  ]);
  return (await findMember(tx, workspaceId, user.id))!;
}
