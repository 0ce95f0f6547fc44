import type { Db } from '../../../../kernel/db/connection.ts';
import { rollupSeries, type RollupLeaf, type WeekSpan, type WeekValues } from './event-series.ts';
import type { Metric as CompiledMetric } from '../../domain/metrics/metric.ts';
import { combineLeaves, leafKey, leavesOf, type Leaf } from '../../domain/metrics/metric-leaves.ts';
import { stateNow } from './state-now.ts';
import { storeClosedMedians, storedMedianSeries, type MedianLeaf } from './stored-medians.ts';

export interface SeriesContext extends WeekSpan {
  /** The Monday of the current week: `state` metrics have a live value only there. */
  currentWeekStart: string;
  now: Date;
}

/**
 * Every distinct leaf's value for each week of the span: counts and sums together in one read
 * of the weekly rollup, medians from the log (closed weeks from their stored values), `state` live
 * for the current week only (the weekly snapshots fill closed weeks), `manual` always null.
 */
async function leafSeries(
  tx: Db,
  span: SeriesContext,
  leaves: Leaf[],
): Promise<Map<string, WeekValues>> {
  const distinct = new Map(leaves.map((leaf) => [leafKey(leaf), leaf]));
  const rollup: RollupLeaf[] = [];
  const medians: MedianLeaf[] = [];
  const out = new Map<string, WeekValues>();
  const none = (): WeekValues => new Map(span.weekStarts.map((w) => [w, null]));
  for (const [key, leaf] of distinct) {
    if ('count' in leaf) rollup.push({ key, filter: leaf.count, measure: 'count' });
    else if ('sum' in leaf) rollup.push({ key, filter: leaf.sum, measure: 'amount' });
    else if ('median' in leaf) medians.push({ key, filter: leaf.median, of: leaf.of });
    else if ('state' in leaf) {
      const live = span.weekStarts.includes(span.currentWeekStart)
        ? await stateNow(tx, span.workspaceId, leaf.state, leaf.where, span.now)
        : null;
      out.set(
        key,
        new Map(span.weekStarts.map((w) => [w, w === span.currentWeekStart ? live : null])),
      );
    } else out.set(key, none());
  }
  for (const [key, values] of await rollupSeries(tx, span, rollup)) out.set(key, values);
  for (const [key, values] of await storedMedianSeries(tx, span, medians)) out.set(key, values);
  return out;
}

/**
 * Many metrics' values for each week of the span, each distinct leaf read once for them all.
 * Only reads (ADR 023): what is not stored is computed and not stored.
 */
export async function metricsSeries(
  tx: Db,
  span: SeriesContext,
  metrics: CompiledMetric[],
): Promise<WeekValues[]> {
  const leaves = await leafSeries(tx, span, metrics.flatMap(leavesOf));
  return metrics.map(
    (metric) =>
      new Map(
        span.weekStarts.map((w) => [
          w,
          combineLeaves(metric, (leaf) => leaves.get(leafKey(leaf))?.get(w) ?? null),
        ]),
      ),
  );
}

/** The metric's value for each week of the span (a ratio from its two sides). */
export async function metricSeries(
  tx: Db,
  span: SeriesContext,
  metric: CompiledMetric,
): Promise<WeekValues> {
  const [series] = await metricsSeries(tx, span, [metric]);
  return series!;
}

/**
 * Stores the closed weeks' medians of these metrics over the span (each distinct median leaf
 * once): the hourly lamp job's work, so that reads find them. Returns how many values were
 * (re)stored.
 */
export async function storeMetricMedians(
  tx: Db,
  span: SeriesContext,
  metrics: CompiledMetric[],
): Promise<number> {
  const medians = new Map<string, MedianLeaf>();
  for (const leaf of metrics.flatMap(leavesOf)) {
    if ('median' in leaf) {
      const key = leafKey(leaf);
      medians.set(key, { key, filter: leaf.median, of: leaf.of });
    }
  }
  return storeClosedMedians(tx, span, [...medians.values()]);
}

/** Whether any part of the metric reads current state (its history must be snapshotted). */
export function readsState(metric: CompiledMetric): boolean {
  return leavesOf(metric).some((leaf) => 'state' in leaf);
}
