import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { largestRemainderShares, SHARE_UNITS } from './shares.ts';

const thousandths = (shares: (number | null)[]) =>
  shares.reduce<number>((s, x) => s + Math.round((x ?? 0) * SHARE_UNITS), 0);

describe('largestRemainderShares', () => {
  it('gives three equal parts 33.4 %, 33.3 % and 33.3 %: 100 %, not 99.9 %', () => {
    expect(largestRemainderShares([1, 1, 1])).toEqual([0.334, 0.333, 0.333]);
  });

  it('keeps exact shares exact', () => {
    expect(largestRemainderShares([1, 3])).toEqual([0.25, 0.75]);
  });

  it('gives the leftover tenth to the part that lost the most in rounding', () => {
    // 2/7 = 28.571 %, 5/7 = 71.428 %: floors 285 + 714 = 999, the first remainder is larger.
    expect(largestRemainderShares([2, 5])).toEqual([0.286, 0.714]);
  });

  it('has no shares of nothing', () => {
    expect(largestRemainderShares([0, 0])).toEqual([null, null]);
    expect(largestRemainderShares([])).toEqual([]);
  });

  it('always adds up to exactly 100 % (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 40 }), (counts) => {
        fc.pre(counts.some((c) => c > 0));
        expect(thousandths(largestRemainderShares(counts))).toBe(SHARE_UNITS);
      }),
    );
  });

  it('is within a tenth of a percent of the exact share, never above 100 % (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 100_000 }), { minLength: 1, maxLength: 40 }), (counts) => {
        const total = counts.reduce((s, c) => s + c, 0);
        fc.pre(total > 0);
        largestRemainderShares(counts).forEach((share, i) => {
          expect(share).not.toBeNull();
          expect(share!).toBeLessThanOrEqual(1);
          expect(share!).toBeGreaterThanOrEqual(0);
          expect(Math.abs(share! - counts[i]! / total)).toBeLessThan(1 / SHARE_UNITS);
        });
      }),
    );
  });

  it('never gives a larger part a smaller share (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 20 }), (counts) => {
        fc.pre(counts.some((c) => c > 0));
        const shares = largestRemainderShares(counts);
        for (let i = 0; i < counts.length; i++) {
          for (let j = 0; j < counts.length; j++) {
            if (counts[i]! > counts[j]!) expect(shares[i]!).toBeGreaterThanOrEqual(shares[j]!);
          }
        }
      }),
    );
  });
});
