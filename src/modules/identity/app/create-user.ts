import type { Db } from '../../../kernel/db/connection.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { uniqueViolation } from '../../../kernel/db/unique-violation.ts';
import { normalizeEmail } from '../../../kernel/domain/email.ts';
import type { Role, SalesRole } from '../../../contract/roles.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { audit, type AuditNote } from '../../../kernel/app/audit.ts';
import { findMember, findUserByEmail, insertUser, type UserRow } from '../db/users-repo.ts';
import type { Invitation, Member } from '../domain/types.ts';
import { inviteAccount } from './invite-account.ts';
import { duplicateMember, joinWorkspace } from './join-workspace.ts';
import { assertTeamExists } from './member-references.ts';
import { requireAdmin } from './require-admin.ts';

export interface CreateUserInput {
  email: string;
  name: string;
  /** Hashed before the transaction (hashPassword, ~0.5 s); absent: an integration account. */
  passwordHash?: string | null;
  role: Role;
  salesRoles: SalesRole[];
  teamId?: string | null;
  leadLimit?: number | null;
}

export type CreateUserResult =
  { kind: 'created'; member: Member } | { kind: 'invited'; invitation: Invitation };

/**
 * An admin adds a person to the workspace. A new e-mail creates the account and its membership
 * (without a password: an integration account that acts only through API tokens). The e-mail of
 * an account that already exists is an invitation its person accepts or declines (ADR 026):
 * nothing of that account — name, password, language, other workspaces — is read out or changed.
 */
export async function createUser(input: CreateUserInput, deps: Deps): Promise<CreateUserResult> {
  const result = await addOrInvite(input, deps);
  await audit(deps, addedNote(result, input.role));
  return result;
}

/** What the audit log says of an addition: a new member, or an invitation sent (ADR 029). */
function addedNote(result: CreateUserResult, role: Role): AuditNote {
  return result.kind === 'created'
    ? {
        action: 'member.added',
        subject: { kind: 'user', id: result.member.user.id, label: result.member.user.email },
        details: { role },
      }
    : {
        action: 'invitation.sent',
        subject: { kind: 'invitation', id: result.invitation.id, label: result.invitation.email },
        details: { role },
      };
}

async function addOrInvite(
  input: CreateUserInput,
  { actor, tx, clock }: Deps,
): Promise<CreateUserResult> {
  requireAdmin(actor);
  await assertTeamExists(tx, actor.workspaceId, input.teamId);
  const now = clock.now();
  const terms = {
    role: input.role,
    salesRoles: input.salesRoles,
    teamId: input.teamId ?? null,
    leadLimit: input.leadLimit ?? null,
  };
  const email = normalizeEmail(input.email);
  const existing = await findUserByEmail(tx, email);
  if (existing) return inviteOrRefuse(tx, existing, email, terms, { actor, now });
  const created = await insertNewUser(tx, {
    id: newId(),
    email,
    name: input.name,
    passwordHash: input.passwordHash ?? null,
    locale: null,
    createdAt: now,
    updatedAt: now,
  });
  // A concurrent request (in this workspace or another) created the account first: it is theirs.
  if (!created) {
    const raced = (await findUserByEmail(tx, email))!;
    return inviteOrRefuse(tx, raced, email, terms, { actor, now });
  }
  const member = await joinWorkspace(
    tx,
    { workspaceId: actor.workspaceId, actorId: actor.userId, user: created },
    terms,
    now,
  );
  return { kind: 'created', member };
}

async function inviteOrRefuse(
  tx: Db,
  account: UserRow,
  email: string,
  terms: Parameters<typeof inviteAccount>[2]['terms'],
  { actor, now }: { actor: Deps['actor']; now: Date },
): Promise<CreateUserResult> {
  // Already a member here: today's duplicate rule (the workspace sees its own members anyway).
  const member = await findMember(tx, actor.workspaceId, account.id);
  if (member) throw duplicateMember(member.user);
  const invitation = await inviteAccount(tx, account, { email, terms, actor, now });
  return { kind: 'invited', invitation };
}

/** Inserts a new account, or answers null when that e-mail was taken concurrently. */
async function insertNewUser(
  tx: Db,
  row: Parameters<typeof insertUser>[1],
): Promise<UserRow | null> {
  try {
    // A savepoint keeps the transaction usable after the unique violation.
    return await tx.transaction((savepoint) => insertUser(savepoint as unknown as Db, row));
  } catch (error) {
    if (uniqueViolation(error)) return null;
    throw error;
  }
}
