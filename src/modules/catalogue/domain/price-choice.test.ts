import { describe, expect, it } from 'vitest';
import { chosenPrice, dayIn, type PriceListChoice } from './price-choice.ts';

const P = 'p1';
const list = (over: Partial<PriceListChoice>): PriceListChoice => ({
  id: 'l',
  currency: 'PLN',
  validFrom: null,
  validTo: null,
  active: true,
  createdAt: new Date('2026-01-01T00:00:00Z'),
  prices: new Map([[P, 100]]),
  ...over,
});

describe('chosenPrice', () => {
  it('takes the price of an open-ended list in the currency', () => {
    expect(chosenPrice([list({})], P, 'PLN', '2026-12-07')).toBe(100);
  });

  it('ignores lists of another currency, retired, out of validity or without the product', () => {
    const lists = [
      list({ currency: 'EUR' }),
      list({ active: false }),
      list({ validTo: '2026-12-06' }),
      list({ validFrom: '2026-12-08' }),
      list({ prices: new Map([['other', 5]]) }),
    ];
    expect(chosenPrice(lists, P, 'PLN', '2026-12-07')).toBeNull();
  });

  it('counts both ends of the validity as valid', () => {
    const l = list({ validFrom: '2026-12-07', validTo: '2026-12-07' });
    expect(chosenPrice([l], P, 'PLN', '2026-12-07')).toBe(100);
  });

  it('prefers the list that started latest, then the newest', () => {
    const base = list({ prices: new Map([[P, 100]]) });
    const promo = list({ validFrom: '2026-12-01', prices: new Map([[P, 80]]) });
    expect(chosenPrice([promo, base], P, 'PLN', '2026-12-07')).toBe(80);
    const newer = list({ createdAt: new Date('2026-06-01T00:00:00Z'), prices: new Map([[P, 90]]) });
    expect(chosenPrice([base, newer], P, 'PLN', '2026-12-07')).toBe(90);
  });
});

describe('dayIn', () => {
  it("is the workspace's calendar day, not UTC's", () => {
    const instant = new Date('2026-12-07T23:30:00Z');
    expect(dayIn(instant, 'UTC')).toBe('2026-12-07');
    expect(dayIn(instant, 'Europe/Warsaw')).toBe('2026-12-08');
  });
});
