import { describe, expect, it } from 'vitest';
import { hasAtMostCents } from './cents.ts';

describe('hasAtMostCents', () => {
  it('accepts amounts with up to two decimals, whatever their binary rounding', () => {
    for (const v of [0, 1, 10.05, 0.29, 1.15, 4.35, 999_999_999.99, 12500.5]) {
      expect(hasAtMostCents(v), String(v)).toBe(true);
    }
  });

  it('refuses a third decimal', () => {
    for (const v of [0.001, 10.055, 1.999, 0.125]) expect(hasAtMostCents(v), String(v)).toBe(false);
  });
});
