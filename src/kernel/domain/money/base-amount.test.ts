import { describe, expect, it } from 'vitest';
import { baseAmount } from './base-amount.ts';

const pln = { currency: 'PLN', rates: { EUR: 4.3125, USD: 3.98 } };

describe('baseAmount', () => {
  it('keeps a value already in the base currency', () => {
    expect(baseAmount(12500.5, 'PLN', pln)).toBe(12500.5);
  });

  it("converts another currency at the workspace's rate, to the cent", () => {
    expect(baseAmount(1000, 'EUR', pln)).toBe(4312.5);
    expect(baseAmount(0.33, 'USD', pln)).toBe(1.31);
  });

  it('gives no amount for a currency without a rate, or without a value', () => {
    expect(baseAmount(1000, 'GBP', pln)).toBeNull();
    expect(baseAmount(1000, 'EUR', { currency: 'PLN', rates: undefined })).toBeNull();
    expect(baseAmount(null, 'PLN', pln)).toBeNull();
  });
});
