import { findUserByEmail } from '../db/users-repo.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';

/**
 * The first step of signing in (sign-in.ts): the account's password hash, null for an unknown
 * e-mail or an account without a password. One statement, run outside any transaction.
 */
export async function findPasswordHash(
  input: { email: string },
  { tx }: PublicDeps,
): Promise<string | null> {
  const user = await findUserByEmail(tx, input.email);
  return user?.passwordHash ?? null;
}
