import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { HashingGate } from './hashing-gate.ts';

// scrypt is memory-hard: N=2^16, r=8 uses 64 MiB per hash, so maxmem must be raised.
const PARAMS = { N: 2 ** 16, r: 8, p: 1, maxmem: 128 * 1024 * 1024 } satisfies ScryptOptions;
const KEY_LENGTH = 64;

/**
 * Every hash of the process goes through one gate (ADR 025): two at a time on a machine with more
 * than two cores, one on a smaller one, so a core is always left to the event loop and the
 * database. 64 more may wait their turn: a waiting sign-in holds a socket and a closure, no
 * connection and no CPU, whereas a refused one comes straight back (a flood of cheap 429s is
 * what costs the event loop). Beyond that, 429 at once.
 */
export const passwordHashing = new HashingGate(
  Math.max(1, Math.min(2, availableParallelism() - 1)),
  64,
);

/** Never call inside a database transaction: it takes ~0.5 s (use cases get the hash as input). */
function derive(password: string, salt: Buffer, params: ScryptOptions): Promise<Buffer> {
  return passwordHashing.run(
    () =>
      new Promise<Buffer>((resolve, reject) =>
        scrypt(password.normalize('NFKC'), salt, KEY_LENGTH, params, (error, key) =>
          error ? reject(error) : resolve(key),
        ),
      ),
  );
}

/** Format: scrypt$N$r$p$salt$key (base64url), so parameters can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return [
    'scrypt',
    PARAMS.N,
    PARAMS.r,
    PARAMS.p,
    salt.toString('base64url'),
    key.toString('base64url'),
  ].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await derive(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: PARAMS.maxmem,
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password, so a timing attack cannot tell unknown e-mails from wrong passwords. */
let decoy: Promise<string> | null = null;
export function decoyHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}
