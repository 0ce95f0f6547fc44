import { describe, expect, it } from 'vitest';
import type { PriceList } from '../api/types.ts';
import { lineAmount, linesTotal, priceToday, todayIn } from './price-today.ts';

const list = (over: Partial<PriceList>): PriceList => ({
  id: 'l',
  name: 'Standard',
  currency: 'PLN',
  validFrom: null,
  validTo: null,
  active: true,
  prices: [{ productId: 'p', unitPrice: 100 }],
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
  version: 1,
  ...over,
});

describe('priceToday', () => {
  it('prefills the price of the list valid today in the currency, the latest to start first', () => {
    const lists = [
      list({}),
      list({ validFrom: '2026-12-01', prices: [{ productId: 'p', unitPrice: 80 }] }),
      list({ currency: 'EUR', prices: [{ productId: 'p', unitPrice: 20 }] }),
      list({
        validTo: '2026-12-06',
        validFrom: '2026-12-05',
        prices: [{ productId: 'p', unitPrice: 1 }],
      }),
    ];
    expect(priceToday(lists, 'p', 'PLN', '2026-12-07')).toBe(80);
    expect(priceToday(lists, 'p', 'USD', '2026-12-07')).toBeNull();
    expect(priceToday([list({ active: false })], 'p', 'PLN', '2026-12-07')).toBeNull();
  });

  it("reads today in the workspace's zone", () => {
    expect(todayIn('Europe/Warsaw', new Date('2026-12-07T23:30:00Z'))).toBe('2026-12-08');
  });
});

describe('the live total', () => {
  it('rounds like the server: 3 × 0.35 less 10 % is 0.95', () => {
    expect(lineAmount(3, 0.35, 10)).toBe(0.95);
    expect(
      linesTotal([
        { quantity: 3, unitPrice: 0.35, discountPercent: 10 },
        { quantity: 1, unitPrice: 800, discountPercent: 0 },
      ]),
    ).toBe(800.95);
    expect(linesTotal([])).toBe(0);
  });
});
