import {
  lockActiveAdmins,
  findMember,
  updateMembership,
  updateUserProfile,
} from '../db/users-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Role, SalesRole } from '../../../contract/roles.ts';
import type { Member } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { assertTeamExists } from './member-references.ts';
import { requireAdmin } from './require-admin.ts';

export interface UpdateUserInput {
  userId: string;
  expectedVersion?: number;
  name?: string;
  role?: Role;
  salesRoles?: SalesRole[];
  teamId?: string | null;
  leadLimit?: number | null;
  active?: boolean;
}

export async function updateUser(
  input: UpdateUserInput,
  { actor, tx, clock, emit }: Deps,
): Promise<Member> {
  requireAdmin(actor);
  const current = await findMember(tx, actor.workspaceId, input.userId);
  if (!current) throw notFound('user');
  await assertTeamExists(tx, actor.workspaceId, input.teamId);
  const { userId, expectedVersion, name, ...membership } = input;
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
  if (name !== undefined) await updateUserProfile(tx, userId, { name }, now);
  // A raised limit, a new hunter or a member back at work frees capacity: the queue moves now.
  const routingChanged = ['leadLimit', 'salesRoles', 'active'].some(
    (key) => membership[key as keyof typeof membership] !== undefined,
  );
  if (routingChanged) {
    await emit('member.routing_changed', { workspaceId: actor.workspaceId, actorId: actor.userId });
  }
  return (await findMember(tx, actor.workspaceId, userId))!;
}
