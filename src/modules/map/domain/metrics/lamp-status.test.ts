import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lampStatus, partialLampStatus } from './lamp-status.ts';
import type { Metric } from './metric.ts';
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

describe('partialLampStatus: the week still running', () => {
  const won: Metric = { count: { event: 'deal.won' } };
  const lost: Metric = { count: { event: 'deal.lost' } };
  const winRate: Metric = { ratio: { of: won, to: { count: { event: 'deal.created' } } } };
  const overdue: Metric = { state: 'overdue_activities' };

  it('is not red on Monday morning because nothing was won yet', () => {
    expect(partialLampStatus(0, higher, won)).toBe('grey');
    expect(partialLampStatus(7, higher, won)).toBe('grey');
  });

  it('is green once a count has reached its target: the rest of the week only adds', () => {
    expect(partialLampStatus(10, higher, won)).toBe('green');
  });

  it('is red once a lower-is-better count has passed amber: it cannot come back', () => {
    expect(partialLampStatus(8, lower, lost)).toBe('red');
    expect(partialLampStatus(5, lower, lost)).toBe('grey');
  });

  it('waits for the week to end for a ratio or a median, which can move either way', () => {
    expect(partialLampStatus(0, higher, winRate)).toBe('grey');
    expect(
      partialLampStatus(99, lower, { median: { event: 'deal.stage_entered' }, of: 'duration' }),
    ).toBe('grey');
  });

  it('colours a state as it is now: it is a whole reading of this moment', () => {
    expect(partialLampStatus(9, lower, overdue)).toBe('red');
    expect(partialLampStatus(4, lower, overdue)).toBe('amber');
  });

  it('is grey or the colour the whole week would get, never another (property)', () => {
    const metricArb = fc.constantFrom<Metric>(won, lost, winRate, overdue, {
      sum: { event: 'deal.won' },
    });
    fc.assert(
      fc.property(fc.option(finite, { nil: null }), thresholdsArb, metricArb, (value, t, m) => {
        const partial = partialLampStatus(value, t, m);
        expect(['grey', lampStatus(value, t)]).toContain(partial);
      }),
    );
  });

  it('never shows red for a higher-is-better count or sum still running (property)', () => {
    fc.assert(
      fc.property(finite, thresholdsArb, (value, t) => {
        fc.pre(t.direction === 'higher_is_better');
        expect(partialLampStatus(value, t, won)).not.toBe('red');
        expect(partialLampStatus(value, t, { sum: { event: 'deal.won' } })).not.toBe('red');
      }),
    );
  });
});
