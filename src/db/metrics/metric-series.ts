import type { Db } from '../connection.ts';
import { medianSeries, rollupSeries, type WeekSpan, type WeekValues } from './event-series.ts';
import type { Metric as CompiledMetric } from '../../domain/metrics/metric.ts';
import { stateNow } from './state-now.ts';

export interface SeriesContext extends WeekSpan {
  /** The Monday of the current week: `state` metrics have a live value only there. */
  currentWeekStart: string;
  now: Date;
}

/**
 * The metric's value for each week of the span: event metrics from the rollup or the log,
 * ratios from their two sides, `state` live for the current week only (the stored snapshots
 * fill closed weeks), `manual` always null (readings are entered by hand).
 */
export async function metricSeries(
  tx: Db,
  span: SeriesContext,
  metric: CompiledMetric,
): Promise<WeekValues> {
  if ('count' in metric) return rollupSeries(tx, span, metric.count, 'count');
  if ('sum' in metric) return rollupSeries(tx, span, metric.sum, 'amount');
  if ('median' in metric) return medianSeries(tx, span, metric.median, metric.of);
  if ('ratio' in metric) {
    const of = await metricSeries(tx, span, metric.ratio.of);
    const to = await metricSeries(tx, span, metric.ratio.to);
    return new Map(
      span.weekStarts.map((w) => {
        const a = of.get(w) ?? null;
        const b = to.get(w) ?? null;
        return [w, a === null || b === null || b === 0 ? null : a / b];
      }),
    );
  }
  if ('state' in metric) {
    const live = span.weekStarts.includes(span.currentWeekStart)
      ? await stateNow(tx, span.workspaceId, metric.state, metric.where, span.now)
      : null;
    return new Map(span.weekStarts.map((w) => [w, w === span.currentWeekStart ? live : null]));
  }
  return new Map(span.weekStarts.map((w) => [w, null]));
}

/** Whether any part of the metric reads current state (its history must be snapshotted). */
export function readsState(metric: CompiledMetric): boolean {
  if ('state' in metric) return true;
  if ('ratio' in metric) return readsState(metric.ratio.of) || readsState(metric.ratio.to);
  return false;
}
