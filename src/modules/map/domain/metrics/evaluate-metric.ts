// The reference evaluator: a metric over events held in memory. It is the oracle the SQL
// compiler is property-tested against, so it is written to be obviously right, not fast.
//
// Semantics, for one week [start, end):
// - An event matches a Filter when its type is `event` (or one a composite `event` stands for), start ≤ occurredAt < end, and for
//   every key in `where` the event's column equals the given value (a null column never
//   matches). Keys not in `where` do not constrain.
// - count: the number of matching events.
// - sum: the sum of the matching events' amounts; null amounts are skipped; no events → 0.
// - median: the median of the matching events' durationSeconds (`of: duration`) or amount
//   (`of: amount`), null values skipped; with an even number of values, the mean of the middle
//   two (as PostgreSQL's percentile_cont(0.5)); no values → null.
// - ratio: of / to, at most 1 (a share: ADR 033); null when either side is null or `to` is 0.
// - state: the number of records in the snapshot's list for that state that match `where`
//   (same matching rule as events). The snapshot is taken at the week's end; without one → null.
// - manual: null (its readings are typed in, never computed).
import { storedTypesOf, type EventType } from '../../../../contract/event-types.ts';
import { type Filter, type Metric, type Where } from './metric.ts';
import { median } from '../../../../kernel/domain/median.ts';
import { shareOf } from './share.ts';
import { WHERE_KEYS, type StateKind } from '../../../../contract/map.ts';

/** The columns of Where, as they sit on an event or a state record. */
export interface Dimensions {
  pipelineId: string | null;
  stageId: string | null;
  channel: string | null;
  medium: string | null;
  activityType: string | null;
  ownerId: string | null;
  teamId: string | null;
}

export interface MetricEvent extends Dimensions {
  type: EventType;
  occurredAt: Date;
  amount: number | null;
  durationSeconds: number | null;
}

/**
 * What is true at a week's end, one record per open deal, stuck deal, deal without a next
 * activity, overdue activity or open lead, with that thing's dimensions (a deal's source is its
 * channel and medium; an activity's pipeline and stage are its deal's).
 */
export type StateSnapshot = Record<StateKind, Dimensions[]>;

export interface WeekRange {
  start: Date;
  end: Date;
}

function matchesWhere(record: Dimensions, where: Where | undefined): boolean {
  if (!where) return true;
  return WHERE_KEYS.every((key) => where[key] === undefined || record[key] === where[key]);
}

function matchingEvents(
  filter: Filter,
  events: readonly MetricEvent[],
  week: WeekRange,
): MetricEvent[] {
  const start = week.start.getTime();
  const end = week.end.getTime();
  return events.filter((e) => {
    const at = e.occurredAt.getTime();
    return (
      storedTypesOf(filter.event).includes(e.type) &&
      at >= start &&
      at < end &&
      matchesWhere(e, filter.where)
    );
  });
}

function present(values: (number | null)[]): number[] {
  return values.filter((v): v is number => v !== null);
}

export function evaluateMetric(
  metric: Metric,
  events: readonly MetricEvent[],
  week: WeekRange,
  state?: StateSnapshot,
): number | null {
  if ('count' in metric) return matchingEvents(metric.count, events, week).length;
  if ('sum' in metric) {
    return present(matchingEvents(metric.sum, events, week).map((e) => e.amount)).reduce(
      (total, v) => total + v,
      0,
    );
  }
  if ('median' in metric) {
    const matched = matchingEvents(metric.median, events, week);
    return median(
      present(matched.map((e) => (metric.of === 'duration' ? e.durationSeconds : e.amount))),
    );
  }
  if ('ratio' in metric) {
    const of = evaluateMetric(metric.ratio.of, events, week, state);
    const to = evaluateMetric(metric.ratio.to, events, week, state);
    return shareOf(of, to);
  }
  if ('state' in metric) {
    if (!state) return null;
    return state[metric.state].filter((r) => matchesWhere(r, metric.where)).length;
  }
  return null; // manual
}
