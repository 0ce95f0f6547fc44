import type { Db } from '../../../kernel/db/connection.ts';
import { findWorkspace } from '../../identity/index.ts';
import type { LampRow } from '../db/lamps-repo.ts';
import type { Locale } from '../../../contract/roles.ts';
import { describeMetric, type MetricNames } from '../domain/metrics/describe-metric.ts';
import { parseMetric, type Metric } from '../domain/metrics/metric.ts';
import { parseThresholds, type Thresholds } from '../domain/metrics/thresholds.ts';
import { metricNames } from './metric-names.ts';

/** A lamp as the API shows it: the stored row, its parsed metric and the metric as a sentence. */
export interface LampView extends Omit<LampRow, 'metric' | 'thresholds'> {
  metric: Metric;
  thresholds: Thresholds;
  description: string;
}

export function lampView(row: LampRow, locale: Locale, names: MetricNames): LampView {
  // Stored metrics were validated on the way in; parsing again gives them their types.
  const metric = parseMetric(row.metric);
  return {
    ...row,
    metric,
    thresholds: parseThresholds(row.thresholds),
    description: describeMetric(metric, locale, names),
  };
}

/** Views of lamps, their sentences in the workspace's language (read once for all of them). */
export async function lampViews(tx: Db, workspaceId: string, rows: LampRow[]): Promise<LampView[]> {
  if (rows.length === 0) return [];
  const workspace = (await findWorkspace(tx, workspaceId))!;
  const names = await metricNames(tx, workspaceId);
  return rows.map((row) => lampView(row, workspace.locale as Locale, names));
}
