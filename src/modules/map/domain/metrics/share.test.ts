import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { shareOf } from './share.ts';

const count = fc.nat({ max: 10_000 });

describe('shareOf', () => {
  it('reads 4 won of 5 opened as 80 %', () => {
    expect(shareOf(4, 5)).toBe(0.8);
  });

  it('reads a week with more won than opened as 100 %, never 124 %', () => {
    expect(shareOf(31, 25)).toBe(1);
  });

  it('has no share of nothing', () => {
    expect(shareOf(3, 0)).toBeNull();
    expect(shareOf(null, 4)).toBeNull();
    expect(shareOf(4, null)).toBeNull();
  });

  it('is never above 100 % nor below 0 % for any two counts', () => {
    fc.assert(
      fc.property(count, count, (of, to) => {
        const share = shareOf(of, to);
        if (to === 0) return share === null;
        return share !== null && share >= 0 && share <= 1;
      }),
    );
  });

  it('is exact whenever the part is within the whole', () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        const [of, to] = a <= b ? [a, b] : [b, a];
        fc.pre(to > 0);
        expect(shareOf(of, to)).toBe(of / to);
      }),
    );
  });
});
