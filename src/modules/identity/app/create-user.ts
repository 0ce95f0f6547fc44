import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { newId } from '../../../kernel/db/ids.ts';
import {
  findMember,
  findUserByEmail,
  insertMembership,
  insertUser,
  type UserRow,
} from '../db/users-repo.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { normalizeEmail } from '../../../kernel/domain/email.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Role, SalesRole } from '../../../contract/roles.ts';
import type { Member } from '../domain/types.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { assertTeamExists } from './member-references.ts';
import { hashPassword } from './password.ts';
import { requireAdmin } from './require-admin.ts';

export interface CreateUserInput {
  email: string;
  name: string;
  password?: string;
  role: Role;
  salesRoles: SalesRole[];
  teamId?: string | null;
  leadLimit?: number | null;
}

/**
 * An admin adds a person to the workspace. Someone who already has a Conveyor account joins with
 * it (their password is untouched); a user without a password is an integration account that
 * acts only through API tokens.
 */
export async function createUser(
  input: CreateUserInput,
  { actor, tx, clock }: Deps,
): Promise<Member> {
  requireAdmin(actor);
  await assertTeamExists(tx, actor.workspaceId, input.teamId);
  const now = clock.now();
  const duplicate = (existing: UserRow) =>
    new DomainError('duplicate', 'This e-mail already belongs to a user of this workspace.', {
      existing: { kind: 'user', id: existing.id, name: existing.name },
    });
  let user = await findUserByEmail(tx, input.email);
  if (user && (await findMember(tx, actor.workspaceId, user.id))) throw duplicate(user);
  user ??= await insertOrJoinUser(tx, {
    id: newId(),
    email: normalizeEmail(input.email),
    name: input.name,
    passwordHash: input.password ? await hashPassword(input.password) : null,
    locale: null,
    createdAt: now,
    updatedAt: now,
  });
  try {
    await insertMembership(tx, {
      workspaceId: actor.workspaceId,
      userId: user.id,
      role: input.role,
      salesRoles: input.salesRoles,
      teamId: input.teamId ?? null,
      leadLimit: input.leadLimit ?? null,
      createdAt: now,
      updatedAt: now,
    });
  } catch (error) {
    // The same person added to this workspace by a concurrent request.
    if (uniqueViolation(error)) throw duplicate(user);
    throw error;
  }
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'user.created',
      occurredAt: now,
      actorId: actor.userId,
      ownerId: user.id,
      teamId: input.teamId ?? null,
      payload: { userId: user.id, role: input.role, salesRoles: input.salesRoles },
    },
  ]);
  return (await findMember(tx, actor.workspaceId, user.id))!;
}

/**
 * Inserts a new account; when a concurrent request has just created one with this e-mail, joins
 * with that one instead (a savepoint keeps the transaction usable after the unique violation).
 */
async function insertOrJoinUser(tx: Db, row: Parameters<typeof insertUser>[1]): Promise<UserRow> {
  try {
    return await tx.transaction((savepoint) => insertUser(savepoint as unknown as Db, row));
  } catch (error) {
    const existing = uniqueViolation(error) ? await findUserByEmail(tx, row.email) : null;
    if (!existing) throw error;
    return existing;
  }
}
