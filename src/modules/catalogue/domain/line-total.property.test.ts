// Property tests for the deal value from line items (API.md "After the win": Σ quantity ×
// unitPrice × (1 − discount/100), rounded to 2 decimals). Amounts are generated as whole cents,
// thousandths and hundredths, the way the API accepts them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineAmount, linesTotal, type PricedLine } from './line-total.ts';

const line: fc.Arbitrary<PricedLine> = fc.record({
  quantity: fc.integer({ min: 1, max: 10_000_000 }).map((m) => m / 1000),
  unitPrice: fc.integer({ min: 0, max: 100_000_000 }).map((c) => c / 100),
  discountPercent: fc.integer({ min: 0, max: 10_000 }).map((b) => b / 100),
});

/** The exact total as a fraction of an integer over 10^9 (independent of line-total.ts). */
function exactNanoCents(lines: PricedLine[]): bigint {
  return lines.reduce(
    (sum, l) =>
      sum +
      BigInt(Math.round(l.unitPrice * 100)) *
        BigInt(Math.round(l.quantity * 1000)) *
        BigInt(Math.round((100 - l.discountPercent) * 100)),
    0n,
  );
}

describe('linesTotal', () => {
  it('is the exact sum rounded to the nearest cent (a half cent rounds up)', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        const total = linesTotal(lines);
        expect(Math.round(total * 100) / 100).toBe(total);
        // |total − exact| ≤ half a cent, and exactly half a cent only when rounding up.
        const diff = BigInt(Math.round(total * 100)) * 10_000_000n - exactNanoCents(lines);
        expect(diff <= 5_000_000n && diff > -5_000_000n).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 8 }), (lines) => {
        expect(linesTotal([...lines].reverse())).toBe(linesTotal(lines));
      }),
    );
  });

  it('never grows with a larger discount, and a full discount gives nothing', () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 10_000 }), (l, more) => {
        const deeper = { ...l, discountPercent: Math.max(l.discountPercent, more / 100) };
        expect(lineAmount(deeper)).toBeLessThanOrEqual(lineAmount(l));
        expect(lineAmount({ ...l, discountPercent: 100 })).toBe(0);
      }),
    );
  });

  it('rounds where floating point would not: 3 × 0.35 less 10 % is 0.95, not 0.94', () => {
    // 3 × 0.35 × 0.9 = 0.945 exactly; in binary floating point it is 0.94499999…
    expect(lineAmount({ quantity: 3, unitPrice: 0.35, discountPercent: 10 })).toBe(0.95);
    expect(linesTotal([{ quantity: 1.5, unitPrice: 10.05, discountPercent: 0 }])).toBe(15.08);
  });

  it('sums before rounding, as the contract says: two lines of 0.005 make 0.01', () => {
    const half = { quantity: 0.5, unitPrice: 0.01, discountPercent: 0 };
    expect(lineAmount(half)).toBe(0.01);
    const third = { quantity: 1, unitPrice: 0.01, discountPercent: 50 }; // 0.005
    const quarter = { quantity: 1, unitPrice: 0.01, discountPercent: 75 }; // 0.0025
    expect(linesTotal([third, quarter])).toBe(0.01);
    expect(linesTotal([quarter, quarter])).toBe(0.01);
    expect(linesTotal([])).toBe(0);
  });
});
