import { revokeMemberCredentials } from '../db/credentials-repo.ts';
import { lockActiveAdmins, findMember, updateMembership } from '../db/users-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Role, SalesRole } from '../../../contract/roles.ts';
import type { Member } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { audit, type AuditNote } from '../../../kernel/app/audit.ts';
import { assertTeamExists } from './member-references.ts';
import { requireAdmin } from './require-admin.ts';
import { changedFields } from '../../../kernel/domain/changed-fields.ts';

export interface UpdateUserInput {
  userId: string;
  expectedVersion?: number;
  role?: Role;
  salesRoles?: SalesRole[];
  teamId?: string | null;
  leadLimit?: number | null;
  active?: boolean;
}

/**
 * An admin changes a person's membership of the workspace — never their account (name, e-mail,
 * password, language), which only the person changes through PATCH /me (ADR 026).
 * Deactivating also revokes the member's tokens and ends their sessions here.
 */
export async function updateUser(
  input: UpdateUserInput,
  { actor, tx, clock, emit }: Deps,
): Promise<Member> {
  requireAdmin(actor);
  const current = await findMember(tx, actor.workspaceId, input.userId);
  if (!current) throw notFound('user');
  await assertTeamExists(tx, actor.workspaceId, input.teamId);
  const { userId, expectedVersion, ...membership } = input;
  const losesAdmin =
    current.membership.role === 'admin' &&
    current.membership.active &&
    ((membership.role !== undefined && membership.role !== 'admin') || membership.active === false);
  if (losesAdmin && (await lockActiveAdmins(tx, actor.workspaceId)) <= 1) {
    throw new DomainError('last_admin', 'A workspace must keep at least one active admin.');
  }
  const now = clock.now();
  const updated = await updateMembership(
    tx,
    actor.workspaceId,
    userId,
    membership,
    expectedVersion,
    now,
  );
  if (!updated) throw new DomainError('version_conflict', 'This user was changed by someone else.');
  for (const note of membershipNotes(current, membership)) await audit({ actor, tx, clock }, note);
  if (membership.active === false) {
    await revokeMemberCredentials(tx, actor.workspaceId, userId, now);
  }
  // A raised limit, a new hunter or a member back at work frees capacity: the queue moves now.
  const routingChanged = ['leadLimit', 'salesRoles', 'active'].some(
    (key) => membership[key as keyof typeof membership] !== undefined,
  );
  if (routingChanged) {
    await emit('member.routing_changed', { workspaceId: actor.workspaceId, actorId: actor.userId });
  }
  return (await findMember(tx, actor.workspaceId, userId))!;
}

/**
 * What the audit log says of a membership change (ADR 029): a new role (from, to), a
 * deactivation or a reactivation, and the other membership fields changed, each its own entry.
 */
function membershipNotes(
  current: Member,
  change: Omit<UpdateUserInput, 'userId' | 'expectedVersion'>,
): AuditNote[] {
  const subject = { kind: 'user', id: current.user.id, label: current.user.email } as const;
  const was = current.membership;
  const notes: AuditNote[] = [];
  if (change.role !== undefined && change.role !== was.role) {
    notes.push({
      action: 'member.role_changed',
      subject,
      details: { from: was.role, to: change.role },
    });
  }
  if (change.active !== undefined && change.active !== was.active) {
    notes.push({ action: change.active ? 'member.reactivated' : 'member.deactivated', subject });
  }
  const fields = changedFields(change, ['role', 'active']);
  if (fields.length > 0) notes.push({ action: 'member.updated', subject, details: { fields } });
  return notes;
}
