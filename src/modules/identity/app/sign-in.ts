import type { Runner } from '../../../kernel/app/runner.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { findPasswordHash } from './find-password-hash.ts';
import { invalid, logIn } from './log-in.ts';
import type { LoginAttempt, LoginThrottle } from './login-throttle.ts';
import { decoyHash, verifyPassword } from './password.ts';
import { recordSignInRefusal } from './record-sign-in-refusal.ts';

export interface SignInInput {
  email: string;
  password: string;
  /** The client's address (the socket's, or a trusted proxy's X-Forwarded-For). */
  address: string;
}

/**
 * Signing in, in three steps so the ~0.5 s of scrypt never holds a database connection
 * (ADR 025): the throttle admits the attempt (or answers 429 before any work); one statement
 * outside any transaction reads the hash; the password is verified on libuv's pool through the
 * hashing gate, with no connection held; only then a short transaction opens the session (and
 * records the sign-in). A refused attempt is recorded afterwards in a short transaction of its
 * own, never while hashing (ADR 029).
 */
export async function signIn(
  input: SignInInput,
  { runner, throttle }: { runner: Runner; throttle: LoginThrottle },
): ReturnType<typeof logIn> {
  const { email, address } = input;
  let attempt: LoginAttempt;
  try {
    attempt = throttle.admit(address, email);
  } catch (error) {
    await recordSignInRefusal(runner, { email, address, action: 'auth.sign_in_throttled' });
    throw error;
  }
  try {
    const stored = await runner.runSingleStatement(findPasswordHash, { email });
    // Always spend the same work, so response time does not reveal which e-mails exist.
    const ok = await verifyPassword(input.password, stored ?? (await decoyHash()));
    if (!stored || !ok) throw invalid();
    const result = await runner.runPublic(logIn, { email, address, verifiedHash: stored });
    throttle.succeeded(attempt);
    return result;
  } catch (error) {
    const code = error instanceof DomainError ? error.code : null;
    if (code === 'invalid_credentials') throttle.failed(attempt);
    else throttle.abandoned(attempt);
    // Refused for load (the hashing gate's 429) counts as throttled, not as a wrong password.
    const action =
      code === 'invalid_credentials'
        ? 'auth.sign_in_failed'
        : code === 'rate_limited'
          ? 'auth.sign_in_throttled'
          : null;
    if (action) await recordSignInRefusal(runner, { email, address, action });
    throw error;
  }
}
