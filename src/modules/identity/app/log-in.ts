import { deleteExpiredSessions } from '../db/credentials-repo.ts';
import { findMember, findUserByEmail, setLastWorkspace } from '../db/users-repo.ts';
import { findLandingWorkspaceId } from '../db/workspaces-repo.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Member } from '../domain/types.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { startSession, type NewSession } from './sessions.ts';
import { auditAs } from '../../../kernel/app/audit.ts';

export const invalid = () => new DomainError('invalid_credentials', 'E-mail or password is wrong.');

/**
 * Opens a session in the workspace the person last used (else their oldest active membership),
 * which it remembers as last used and whose audit log records the sign-in (ADR 029), once
 * sign-in.ts has checked the password against `verifiedHash` outside any transaction (ADR 025);
 * refused if the hash changed meanwhile.
 */
export async function logIn(
  input: { email: string; address: string; verifiedHash: string },
  { tx, clock }: PublicDeps,
): Promise<{ member: Member; session: NewSession }> {
  const user = await findUserByEmail(tx, input.email);
  if (!user || !user.passwordHash || user.passwordHash !== input.verifiedHash) throw invalid();
  const workspaceId = await findLandingWorkspaceId(tx, user.id);
  if (!workspaceId) throw invalid();
  await setLastWorkspace(tx, user.id, workspaceId);
  const member = (await findMember(tx, workspaceId, user.id))!;
  await deleteExpiredSessions(tx, clock.now()); // housekeeping, cheap with the expiry check
  const session = await startSession(tx, workspaceId, user.id, clock.now());
  await auditAs(
    { tx, clock },
    { workspaceId, actorId: user.id, ip: input.address },
    { action: 'auth.signed_in', subject: { kind: 'user', id: user.id, label: user.email } },
  );
  return { member, session };
}
