import { describe, expect, it } from 'vitest';
import { normalizePhone, phoneSearchKey } from './phone.ts';

describe('normalizePhone', () => {
  it('reads a local Polish mobile number in the workspace country', () => {
    expect(normalizePhone('601 234 567', 'PL')).toBe('+48601234567');
  });

  it('keeps international numbers whatever the default country', () => {
    expect(normalizePhone('+7 (912) 345-67-89', 'PL')).toBe('+79123456789');
    expect(normalizePhone('+48 601-234-567', null)).toBe('+48601234567');
  });

  it('refuses a local number when no country is known, and nonsense anywhere', () => {
    expect(normalizePhone('601 234 567', null)).toBeNull();
    expect(normalizePhone('12', 'PL')).toBeNull();
    expect(normalizePhone('call me', 'PL')).toBeNull();
  });
});

describe('phoneSearchKey', () => {
  it('turns a phone-like query into E.164 and leaves names alone', () => {
    expect(phoneSearchKey('601234567', 'PL')).toBe('+48601234567');
    expect(phoneSearchKey('Kowalski', 'PL')).toBeNull();
  });
});
