import { auditAs } from '../../../kernel/app/audit.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import type { Runner } from '../../../kernel/app/runner.ts';
import type { AuditAction } from '../../../contract/audit.ts';
import { findAccountWorkspaces } from '../db/workspaces-repo.ts';

export interface SignInRefusal {
  email: string;
  address: string;
  /** A refusal: a wrong e-mail or password, or a throttled attempt. */
  action: Extract<AuditAction, `auth.sign_in_${string}`>;
}

type AccountWorkspaces = Awaited<ReturnType<typeof findAccountWorkspaces>>;

/** The workspaces a refused sign-in is recorded in: one statement, outside any transaction. */
export async function findRefusalWorkspaces(
  input: { email: string },
  { tx }: PublicDeps,
): Promise<AccountWorkspaces> {
  return findAccountWorkspaces(tx, input.email);
}

/** Records the refusal in each of those workspaces, in one short transaction. */
export async function recordRefusalIn(
  input: SignInRefusal & { workspaces: AccountWorkspaces },
  deps: PublicDeps,
): Promise<void> {
  for (const { workspaceId, userId, email } of input.workspaces) {
    await auditAs(
      deps,
      { workspaceId, actorId: null, ip: input.address },
      { action: input.action, subject: { kind: 'user', id: userId, label: email } },
    );
  }
}

/**
 * Records a refused sign-in in the audit log of every workspace the account is an active member
 * of, after the hashing (never while it: no connection is held for a hash), in a short
 * transaction of its own (ADR 029). An e-mail that belongs to no account, or to one with no
 * active membership, has no workspace to be recorded in: nothing is written (and nothing of what
 * was typed is kept) — one read, no transaction. Nobody proved who they were: no actor.
 */
export async function recordSignInRefusal(runner: Runner, refusal: SignInRefusal): Promise<void> {
  const workspaces = await runner.runSingleStatement(findRefusalWorkspaces, {
    email: refusal.email,
  });
  if (workspaces.length > 0) await runner.runPublic(recordRefusalIn, { ...refusal, workspaces });
}
