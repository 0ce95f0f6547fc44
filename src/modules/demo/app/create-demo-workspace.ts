import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { findUserByEmail, insertUser, type UserRow } from '../../identity/index.ts';
import { normalizeEmail } from '../../../kernel/domain/email.ts';
import type { Workspace } from '../../identity/index.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { provisionWorkspace, type WorkspaceInput } from '../../identity/index.ts';

export interface DemoAccount {
  email: string;
  name: string;
  /** Hashed once by the caller (scrypt is slow on purpose) and shared by all demo people. */
  passwordHash: string;
}

/**
 * The demo's workspace, provisioned exactly as POST /workspaces does (pipelines, loss reasons,
 * the process map with lamps), with the head of sales as its admin.
 */
export async function createDemoWorkspace(
  input: { workspace: WorkspaceInput; admin: DemoAccount },
  deps: PublicDeps,
): Promise<{ workspace: Workspace; adminId: string }> {
  const { tx, clock } = deps;
  const now = clock.now();
  const admin = await ensureAccount(input.admin, now, deps);
  const { workspace } = await provisionWorkspace(input.workspace, admin.id, deps);
  await appendEvents(tx, workspace.id, [
    {
      type: 'user.created',
      occurredAt: now,
      actorId: admin.id,
      payload: { userId: admin.id, role: 'admin' },
    },
  ]);
  return { workspace, adminId: admin.id };
}

/**
 * A demo person's account: reused when the e-mail exists (a second demo on the same database),
 * so that enrolAccount then adds them to the new workspace without touching their password.
 */
export async function ensureAccount(
  account: DemoAccount,
  now: Date,
  { tx }: PublicDeps,
): Promise<UserRow> {
  const existing = await findUserByEmail(tx, account.email);
  if (existing) return existing;
  return insertUser(tx, {
    id: newId(),
    email: normalizeEmail(account.email),
    name: account.name,
    passwordHash: account.passwordHash,
    locale: null,
    createdAt: now,
    updatedAt: now,
  });
}

/** Creates the account of a demo person who is not the admin (see ensureAccount). */
export async function ensureDemoAccount(account: DemoAccount, deps: PublicDeps): Promise<UserRow> {
  return ensureAccount(account, deps.clock.now(), deps);
}
