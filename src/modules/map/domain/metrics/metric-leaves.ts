// A metric is a tree: ratios over leaves. Reading many lamps at once, the database is asked once
// per distinct leaf (and the rollup leaves all together), then each lamp's value is put back
// together from its leaves, week by week.
import type { Metric } from './metric.ts';
import { shareOf } from './share.ts';

export type Leaf = Exclude<Metric, { ratio: unknown }>;

/** The leaves of a metric, left to right (a ratio's `of` before its `to`). */
export function leavesOf(metric: Metric): Leaf[] {
  if ('ratio' in metric) return [...leavesOf(metric.ratio.of), ...leavesOf(metric.ratio.to)];
  return [metric];
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** One text per meaning: the same leaf written with its keys in another order has the same key. */
export function leafKey(leaf: Leaf): string {
  return JSON.stringify(canonical(leaf));
}

/**
 * The metric's value from its leaves' values: a ratio is a share of at most 1 (ADR 033), null
 * when a side is null or `to` is 0.
 */
export function combineLeaves(
  metric: Metric,
  valueOf: (leaf: Leaf) => number | null,
): number | null {
  if (!('ratio' in metric)) return valueOf(metric);
  const of = combineLeaves(metric.ratio.of, valueOf);
  const to = combineLeaves(metric.ratio.to, valueOf);
  return shareOf(of, to);
}
