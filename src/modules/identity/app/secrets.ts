import { createHash, randomBytes } from 'node:crypto';

/** Session ids and API tokens are 32 random bytes; only their SHA-256 is stored. */
export function newSecret(prefix: string): string {
  return `${prefix}${randomBytes(32).toString('base64url')}`;
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex');
}

export const API_TOKEN_PREFIX = 'cvy_';
export const SESSION_TTL_DAYS = 30;
