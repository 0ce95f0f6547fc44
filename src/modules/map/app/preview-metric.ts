import { metricSeries } from '../db/metrics/metric-series.ts';
import { describeMetric } from '../domain/metrics/describe-metric.ts';
import { lampStatus } from '../domain/metrics/lamp-status.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import { parseThresholds } from '../domain/metrics/thresholds.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { metricNames } from './metric-names.ts';
import { weekWindow } from './week-window.ts';
import type { LampStatus } from '../../../contract/map.ts';

export interface MetricPreview {
  description: string;
  weeks: string[];
  values: (number | null)[];
  statuses?: LampStatus[];
}

/** What a metric being written would read over the last quarter: the builder's live preview. */
export async function previewMetric(
  input: { metric: unknown; thresholds?: unknown },
  { actor, tx, clock }: Deps,
): Promise<MetricPreview> {
  const metric = parseMetric(input.metric);
  const thresholds = input.thresholds === undefined ? null : parseThresholds(input.thresholds);
  const window = await weekWindow(tx, actor.workspaceId, {}, clock.now());
  const series = 'manual' in metric ? null : await metricSeries(tx, window.span, metric);
  const values = window.span.weekStarts.map((w) => series?.get(w) ?? null);
  const description = describeMetric(
    metric,
    window.locale,
    await metricNames(tx, actor.workspaceId),
  );
  return {
    description,
    weeks: window.weeks,
    values,
    ...(thresholds ? { statuses: values.map((v) => lampStatus(v, thresholds)) } : {}),
  };
}
