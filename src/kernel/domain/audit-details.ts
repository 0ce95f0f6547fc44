import type { AuditDetails } from '../../contract/audit.ts';

// A key that names a secret (a password, a token, a hash, a cookie) never reaches the log. The
// ids and names of such things (`tokenId`, `tokenName`) are fine.
const SECRET_KEY = /^(token|secret|cookie)$|password|passphrase|hash|apikey|api_key|credential/i;
// What an API token or a session secret looks like (cvy_ + 43 base64url characters).
const SECRET_VALUE = /\bcvy_[A-Za-z0-9_-]{20,}/;

/**
 * Refuses an audit entry whose details would hold a secret (ADR 029): a programming error, so it
 * throws and the use case rolls back rather than keeping a password in an append-only log.
 */
export function assertNoSecrets(details: AuditDetails): void {
  for (const [key, value] of Object.entries(details)) {
    const texts = typeof value === 'string' ? [value] : Array.isArray(value) ? value : [];
    if (SECRET_KEY.test(key) || texts.some((text: string) => SECRET_VALUE.test(text))) {
      throw new Error(`An audit entry's details may not hold a secret (key "${key}")`);
    }
  }
}
