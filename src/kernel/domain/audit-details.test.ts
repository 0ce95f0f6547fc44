import { describe, expect, it } from 'vitest';
import { assertNoSecrets } from './audit-details.ts';

describe('audit details', () => {
  it('take plain facts: ids and names of tokens, fields changed, filters', () => {
    expect(() =>
      assertNoSecrets({ tokenId: 'x', tokenName: 'Zapier', fields: ['name'], from: null }),
    ).not.toThrow();
  });

  it.each([
    [{ password: 'hunter2' }],
    [{ newPassword: 'hunter2' }],
    [{ token: 'abc' }],
    [{ passwordHash: 'scrypt$…' }],
    [{ secret: 'abc' }],
    [{ note: 'the token is cvy_0123456789abcdefghijABCDEFGHIJ' }],
    [{ values: ['cvy_0123456789abcdefghijABCDEFGHIJ'] }],
  ])('refuse a secret: %j', (details) => {
    expect(() => assertNoSecrets(details)).toThrow(/may not hold a secret/);
  });
});
