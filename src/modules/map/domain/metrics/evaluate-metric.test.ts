import { storedTypesOf } from '../../../../contract/event-types.ts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventType } from '../../../../contract/event-types.ts';
import {
  evaluateMetric,
  type Dimensions,
  type MetricEvent,
  type StateSnapshot,
} from './evaluate-metric.ts';
import { computedMetricArb, eventArb, IDS, stateSnapshotArb } from './metric-arbitrary.ts';
import type { Metric } from './metric.ts';

const [P1, P2, OWNER] = IDS;
const week = { start: new Date('2026-11-23T00:00:00Z'), end: new Date('2026-11-30T00:00:00Z') };
const NO_DIMS: Dimensions = {
  pipelineId: null,
  stageId: null,
  channel: null,
  medium: null,
  activityType: null,
  ownerId: null,
  teamId: null,
};

function ev(type: EventType, at: string, extra: Partial<MetricEvent> = {}): MetricEvent {
  return {
    ...NO_DIMS,
    type,
    occurredAt: new Date(at),
    amount: null,
    durationSeconds: null,
    ...extra,
  };
}

const events: MetricEvent[] = [
  ev('deal.won', '2026-11-22T23:59:59.999Z', { amount: 1000 }), // the week before
  ev('deal.won', '2026-11-23T00:00:00Z', { amount: 100, pipelineId: P1, ownerId: OWNER }),
  ev('deal.won', '2026-11-25T10:00:00Z', { amount: 300, pipelineId: P2 }),
  ev('deal.won', '2026-11-26T10:00:00Z', { amount: null, pipelineId: P1 }),
  ev('deal.lost', '2026-11-27T10:00:00Z', { amount: 50, pipelineId: P1 }),
  ev('deal.won', '2026-11-30T00:00:00Z', { amount: 5000 }), // the week after
  ev('deal.stage_entered', '2026-11-24T09:00:00Z', { durationSeconds: 3600, stageId: P2 }),
  ev('deal.stage_entered', '2026-11-24T10:00:00Z', { durationSeconds: 7200, stageId: P2 }),
  ev('deal.stage_entered', '2026-11-24T11:00:00Z', { durationSeconds: 60, stageId: P1 }),
  ev('deal.stage_entered', '2026-11-24T12:00:00Z', { durationSeconds: 600, stageId: P2 }),
  ev('lead.created', '2026-11-24T12:00:00Z', { channel: 'inbound', medium: 'web_form' }),
  ev('lead.created', '2026-11-24T13:00:00Z', { channel: 'outbound' }),
];

const run = (metric: Metric, state?: StateSnapshot): number | null =>
  evaluateMetric(metric, events, week, state);

describe('evaluateMetric on a known week', () => {
  it('counts the matching events of the week, start included and end excluded', () => {
    expect(run({ count: { event: 'deal.won' } })).toBe(3);
    expect(run({ count: { event: 'deal.won', where: { pipelineId: P1 } } })).toBe(2);
    expect(run({ count: { event: 'deal.won', where: { pipelineId: P1, ownerId: OWNER } } })).toBe(
      1,
    );
    expect(run({ count: { event: 'lead.created', where: { channel: 'inbound' } } })).toBe(1);
    expect(run({ count: { event: 'lead.created', where: { medium: 'phone' } } })).toBe(0);
    expect(run({ count: { event: 'ticket.closed' } })).toBe(0);
  });

  it('never matches a where value against a missing column', () => {
    expect(run({ count: { event: 'lead.created', where: { ownerId: OWNER } } })).toBe(0);
  });

  it('sums amounts, skipping missing ones, and sums nothing to 0', () => {
    expect(run({ sum: { event: 'deal.won' } })).toBe(400);
    expect(run({ sum: { event: 'deal.won', where: { pipelineId: P1 } } })).toBe(100);
    expect(run({ sum: { event: 'deal.created' } })).toBe(0);
  });

  it('takes the median, the mean of the middle two for an even count, null with no values', () => {
    expect(run({ median: { event: 'deal.stage_entered' }, of: 'duration' })).toBe((600 + 3600) / 2);
    expect(
      run({ median: { event: 'deal.stage_entered', where: { stageId: P2 } }, of: 'duration' }),
    ).toBe(3600);
    expect(run({ median: { event: 'deal.won' }, of: 'amount' })).toBe(200);
    expect(run({ median: { event: 'ticket.closed' }, of: 'duration' })).toBeNull();
    // One of P1's two won deals has no amount, so the median is the other's alone.
    expect(run({ median: { event: 'deal.won', where: { pipelineId: P1 } }, of: 'amount' })).toBe(
      100,
    );
  });

  it('divides ratios into shares of at most 100 %, null when the divisor is 0 or null', () => {
    const won = { count: { event: 'deal.won' as const } };
    // Three won against one lost in the week is "all of them", not 300 % (ADR 033).
    expect(run({ ratio: { of: won, to: { count: { event: 'deal.lost' } } } })).toBe(1);
    expect(run({ ratio: { of: { count: { event: 'deal.lost' } }, to: won } })).toBe(1 / 3);
    expect(run({ ratio: { of: won, to: { count: { event: 'ticket.closed' } } } })).toBeNull();
    expect(
      run({ ratio: { of: won, to: { median: { event: 'ticket.closed' }, of: 'duration' } } }),
    ).toBeNull();
    expect(
      run({ ratio: { of: { median: { event: 'ticket.closed' }, of: 'duration' }, to: won } }),
    ).toBeNull();
    expect(run({ ratio: { of: { count: { event: 'ticket.closed' } }, to: won } })).toBe(0);
  });

  it('counts state records matching where, and is null without a snapshot', () => {
    const state: StateSnapshot = {
      open_deals: [{ ...NO_DIMS, pipelineId: P1 }, { ...NO_DIMS, pipelineId: P2 }, NO_DIMS],
      stuck_deals: [],
      deals_without_next_activity: [{ ...NO_DIMS, ownerId: OWNER }],
      overdue_activities: [
        { ...NO_DIMS, activityType: 'call' },
        { ...NO_DIMS, activityType: 'task' },
      ],
      open_leads: [],
    };
    expect(run({ state: 'open_deals' }, state)).toBe(3);
    expect(run({ state: 'open_deals', where: { pipelineId: P1 } }, state)).toBe(1);
    expect(run({ state: 'stuck_deals' }, state)).toBe(0);
    expect(run({ state: 'overdue_activities', where: { activityType: 'call' } }, state)).toBe(1);
    expect(
      run(
        { ratio: { of: { state: 'deals_without_next_activity' }, to: { state: 'open_deals' } } },
        state,
      ),
    ).toBe(1 / 3);
    expect(run({ state: 'open_deals' })).toBeNull();
  });

  it('gives null for a manual metric', () => {
    expect(run({ manual: true })).toBeNull();
  });
});

const from = week.start.getTime();
const to = week.end.getTime();
/** Events around the week, some before and after it. */
const eventsArb = fc.array(eventArb(from - 86_400_000, to + 86_400_000), { maxLength: 40 });

describe('evaluateMetric properties', () => {
  it('ignores events outside the week', () => {
    fc.assert(
      fc.property(computedMetricArb(2), eventsArb, stateSnapshotArb, (metric, evs, state) => {
        const inside = evs.filter(
          (e) => e.occurredAt.getTime() >= from && e.occurredAt.getTime() < to,
        );
        expect(evaluateMetric(metric, evs, week, state)).toEqual(
          evaluateMetric(metric, inside, week, state),
        );
      }),
    );
  });

  it('count and sum add up over two halves of the week', () => {
    const mid = new Date(from + 3.5 * 86_400_000);
    fc.assert(
      fc.property(computedMetricArb(0), eventsArb, (metric, evs) => {
        if (!('count' in metric) && !('sum' in metric)) return;
        const whole = evaluateMetric(metric, evs, week)!;
        const first = evaluateMetric(metric, evs, { start: week.start, end: mid })!;
        const second = evaluateMetric(metric, evs, { start: mid, end: week.end })!;
        expect(first + second).toBe(whole);
      }),
    );
  });

  it('a where clause never raises a count', () => {
    fc.assert(
      fc.property(computedMetricArb(0), eventsArb, (metric, evs) => {
        if (!('count' in metric)) return;
        const unfiltered = evaluateMetric({ count: { event: metric.count.event } }, evs, week)!;
        expect(evaluateMetric(metric, evs, week)!).toBeLessThanOrEqual(unfiltered);
      }),
    );
  });

  it('a median lies between the smallest and largest value, and is null only without values', () => {
    fc.assert(
      fc.property(computedMetricArb(0), eventsArb, (metric, evs) => {
        if (!('median' in metric)) return;
        const values = evs
          .filter(
            (e) =>
              storedTypesOf(metric.median.event).includes(e.type) &&
              e.occurredAt >= week.start &&
              e.occurredAt < week.end,
          )
          .filter((e) => evaluateMetric({ count: metric.median }, [e], week) === 1)
          .map((e) => (metric.of === 'duration' ? e.durationSeconds : e.amount))
          .filter((v): v is number => v !== null);
        const m = evaluateMetric(metric, evs, week);
        if (values.length === 0) expect(m).toBeNull();
        else {
          expect(m!).toBeGreaterThanOrEqual(Math.min(...values));
          expect(m!).toBeLessThanOrEqual(Math.max(...values));
          const below = values.filter((v) => v < m!).length;
          const above = values.filter((v) => v > m!).length;
          expect(below).toBeLessThanOrEqual(values.length / 2);
          expect(above).toBeLessThanOrEqual(values.length / 2);
        }
      }),
    );
  });

  it('a ratio is its parts divided, null exactly when a part is null or the divisor 0', () => {
    fc.assert(
      fc.property(
        computedMetricArb(1),
        computedMetricArb(1),
        eventsArb,
        stateSnapshotArb,
        (a, b, evs, state) => {
          const of = evaluateMetric(a, evs, week, state);
          const by = evaluateMetric(b, evs, week, state);
          const r = evaluateMetric({ ratio: { of: a, to: b } }, evs, week, state);
          if (of === null || by === null || by === 0) expect(r).toBeNull();
          else expect(r).toBe(of / by);
        },
      ),
    );
  });

  it('does not depend on the order of the events', () => {
    fc.assert(
      fc.property(computedMetricArb(2), eventsArb, stateSnapshotArb, (metric, evs, state) => {
        const reversed = [...evs].reverse();
        expect(evaluateMetric(metric, reversed, week, state)).toEqual(
          evaluateMetric(metric, evs, week, state),
        );
      }),
    );
  });
});
