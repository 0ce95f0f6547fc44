import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lampStatus } from './lamp-status.ts';
import type { Thresholds } from './thresholds.ts';
import type { LampStatus } from '../../../../contract/map.ts';

const higher: Thresholds = { direction: 'higher_is_better', green: 10, amber: 5 };
const lower: Thresholds = { direction: 'lower_is_better', green: 2, amber: 7 };

/** Worse colours rank higher; grey is not on the scale. */
const RANK: Record<Exclude<LampStatus, 'grey'>, number> = { green: 0, amber: 1, red: 2 };

const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 });
const thresholdsArb: fc.Arbitrary<Thresholds> = fc
  .tuple(fc.constantFrom('higher_is_better' as const, 'lower_is_better' as const), finite, finite)
  .map(([direction, a, b]) => ({
    direction,
    green: direction === 'higher_is_better' ? Math.max(a, b) : Math.min(a, b),
    amber: direction === 'higher_is_better' ? Math.min(a, b) : Math.max(a, b),
  }));

describe('lampStatus', () => {
  it.each([
    [12, 'green'],
    [10, 'green'],
    [9.99, 'amber'],
    [5, 'amber'],
    [4.99, 'red'],
    [-3, 'red'],
    [null, 'grey'],
  ] as const)('higher is better (green 10, amber 5): %s → %s', (value, status) => {
    expect(lampStatus(value, higher)).toBe(status);
  });

  it.each([
    [0, 'green'],
    [2, 'green'],
    [2.01, 'amber'],
    [7, 'amber'],
    [7.01, 'red'],
    [null, 'grey'],
  ] as const)('lower is better (green 2, amber 7): %s → %s', (value, status) => {
    expect(lampStatus(value, lower)).toBe(status);
  });

  it('when green equals amber there is no amber band', () => {
    const t: Thresholds = { direction: 'higher_is_better', green: 1, amber: 1 };
    expect([lampStatus(1, t), lampStatus(0.5, t)]).toEqual(['green', 'red']);
  });

  it('is grey exactly when there is no value (property)', () => {
    fc.assert(
      fc.property(fc.option(finite, { nil: null }), thresholdsArb, (value, t) => {
        expect(lampStatus(value, t) === 'grey').toBe(value === null);
      }),
    );
  });

  it('never gets worse as the value gets better (property)', () => {
    fc.assert(
      fc.property(finite, finite, thresholdsArb, (a, b, t) => {
        const [worse, better] =
          t.direction === 'higher_is_better'
            ? [Math.min(a, b), Math.max(a, b)]
            : [Math.max(a, b), Math.min(a, b)];
        const sWorse = lampStatus(worse, t) as keyof typeof RANK;
        const sBetter = lampStatus(better, t) as keyof typeof RANK;
        expect(RANK[sBetter]).toBeLessThanOrEqual(RANK[sWorse]);
      }),
    );
  });

  it('is green at the green threshold and amber at the amber one when they differ (property)', () => {
    fc.assert(
      fc.property(thresholdsArb, (t) => {
        expect(lampStatus(t.green, t)).toBe('green');
        if (t.green !== t.amber) expect(lampStatus(t.amber, t)).toBe('amber');
      }),
    );
  });
});
