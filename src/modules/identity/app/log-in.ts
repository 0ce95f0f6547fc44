import { deleteExpiredSessions } from '../db/credentials-repo.ts';
import { findMember, findUserByEmail } from '../db/users-repo.ts';
import { listWorkspacesOfUser } from '../db/workspaces-repo.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Member } from '../domain/types.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { startSession, type NewSession } from './sessions.ts';

const invalid = () => new DomainError('invalid_credentials', 'E-mail or password is wrong.');

/** Checks the password and opens a session in the user's first active workspace. */
export async function logIn(
  input: { email: string; password: string },
  { tx, clock }: PublicDeps,
): Promise<{ member: Member; session: NewSession }> {
  const user = await findUserByEmail(tx, input.email);
  // Always spend the same work, so response time does not reveal which e-mails exist.
  const ok = await verifyPassword(input.password, user?.passwordHash ?? (await decoyHash()));
  if (!user || !user.passwordHash || !ok) throw invalid();
  const [workspace] = await listWorkspacesOfUser(tx, user.id);
  if (!workspace) throw invalid();
  const member = (await findMember(tx, workspace.id, user.id))!;
  await deleteExpiredSessions(tx, clock.now()); // housekeeping, cheap with the expiry check
  const session = await startSession(tx, workspace.id, user.id, clock.now());
  return { member, session };
}
