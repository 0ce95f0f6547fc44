// Test support (imported only by *.test.ts): fast-check arbitraries for valid metrics and for
// events and state snapshots over a small set of ids, so generated filters actually match.
// The SQL compiler's property tests can reuse them against evaluate-metric.ts.
import fc from 'fast-check';
import {
  EVENT_TYPES,
  METRIC_EVENT_TYPES,
  type MetricEventType,
} from '../../../../contract/event-types.ts';
import type { Dimensions, MetricEvent, StateSnapshot } from './evaluate-metric.ts';
import {
  AMOUNT_EVENTS,
  DURATION_EVENTS,
  MAX_RATIO_DEPTH,
  STATE_WHERE_KEYS,
  type Filter,
  type Metric,
  type Where,
} from './metric.ts';
import { ACTIVITY_TYPES } from '../../../../contract/activities.ts';
import {
  STATE_KINDS,
  WHERE_KEYS,
  type StateKind,
  type WhereKey,
} from '../../../../contract/map.ts';
import { CHANNELS, KNOWN_MEDIUMS } from '../../../../contract/sources.ts';

/** Few distinct ids and media, so that random events and random filters meet often. */
export const IDS = [
  '0b7c3a52-58c1-4b4e-9a7e-3f1d2c4b5a60',
  '1c8d4b63-69d2-4c5f-8b8f-4a2e3d5c6b71',
  '2d9e5c74-7ae3-4d60-9c90-5b3f4e6d7c82',
] as const;
export const MEDIA = KNOWN_MEDIUMS.filter(
  (m) => m === 'web_form' || m === 'phone' || m === 'email',
);

const valueFor: Record<WhereKey, fc.Arbitrary<string>> = {
  pipelineId: fc.constantFrom(...IDS),
  stageId: fc.constantFrom(...IDS),
  ownerId: fc.constantFrom(...IDS),
  teamId: fc.constantFrom(...IDS),
  channel: fc.constantFrom(...CHANNELS),
  medium: fc.constantFrom(...MEDIA),
  activityType: fc.constantFrom(...ACTIVITY_TYPES),
};

function whereArb(keys: readonly WhereKey[]): fc.Arbitrary<Where> {
  const shape = Object.fromEntries(keys.map((k) => [k, valueFor[k]])) as Record<
    WhereKey,
    fc.Arbitrary<string>
  >;
  return fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Where>;
}

function filterArb(events: readonly MetricEventType[]): fc.Arbitrary<Filter> {
  return fc.record(
    { event: fc.constantFrom(...events), where: whereArb(WHERE_KEYS) },
    { requiredKeys: ['event'] },
  );
}

const stateArb: fc.Arbitrary<Metric> = fc.constantFrom(...STATE_KINDS).chain((state: StateKind) =>
  fc.record(
    { state: fc.constant(state), where: whereArb(STATE_WHERE_KEYS[state]) },
    {
      requiredKeys: ['state'],
    },
  ),
);

/** A valid metric other than manual, with ratios nested at most `depth` deep. */
export function computedMetricArb(depth = MAX_RATIO_DEPTH): fc.Arbitrary<Metric> {
  const leaves: fc.Arbitrary<Metric>[] = [
    filterArb(METRIC_EVENT_TYPES).map((count) => ({ count })),
    filterArb(AMOUNT_EVENTS).map((sum) => ({ sum })),
    filterArb(AMOUNT_EVENTS).map((median) => ({ median, of: 'amount' as const })),
    filterArb(DURATION_EVENTS).map((median) => ({ median, of: 'duration' as const })),
    stateArb,
  ];
  if (depth === 0) return fc.oneof(...leaves);
  const inner = computedMetricArb(depth - 1);
  return fc.oneof(
    { arbitrary: fc.oneof(...leaves), weight: 3 },
    { arbitrary: fc.record({ of: inner, to: inner }).map((ratio) => ({ ratio })), weight: 1 },
  );
}

/** Any valid metric, manual included. */
export const metricArb: fc.Arbitrary<Metric> = fc.oneof(
  { arbitrary: computedMetricArb(), weight: 9 },
  { arbitrary: fc.constant({ manual: true as const }), weight: 1 },
);

const nullable = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null> =>
  fc.option(arb, { nil: null, freq: 4 });

export const dimensionsArb: fc.Arbitrary<Dimensions> = fc.record({
  pipelineId: nullable(valueFor.pipelineId),
  stageId: nullable(valueFor.stageId),
  channel: nullable(valueFor.channel),
  medium: nullable(valueFor.medium),
  activityType: nullable(valueFor.activityType),
  ownerId: nullable(valueFor.ownerId),
  teamId: nullable(valueFor.teamId),
});

/** Events between `from` and `to` (ms), amounts and durations sometimes missing. */
export function eventArb(from: number, to: number): fc.Arbitrary<MetricEvent> {
  return fc
    .record({
      dims: dimensionsArb,
      type: fc.constantFrom(...EVENT_TYPES),
      at: fc.integer({ min: from, max: to }),
      amount: nullable(fc.integer({ min: 0, max: 1_000_000 })),
      durationSeconds: nullable(fc.integer({ min: 0, max: 10_000_000 })),
    })
    .map(({ dims, type, at, amount, durationSeconds }) => ({
      ...dims,
      type,
      occurredAt: new Date(at),
      amount,
      durationSeconds,
    }));
}

export const stateSnapshotArb: fc.Arbitrary<StateSnapshot> = fc.record({
  open_deals: fc.array(dimensionsArb, { maxLength: 8 }),
  stuck_deals: fc.array(dimensionsArb, { maxLength: 8 }),
  deals_without_next_activity: fc.array(dimensionsArb, { maxLength: 8 }),
  overdue_activities: fc.array(dimensionsArb, { maxLength: 8 }),
  open_leads: fc.array(dimensionsArb, { maxLength: 8 }),
});
