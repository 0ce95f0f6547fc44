import { listLampsOfVersion } from '../db/lamps-repo.ts';
import { metricsSeries } from '../db/metrics/metric-series.ts';
import { leavesOf } from '../domain/metrics/metric-leaves.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { activeMapVersion } from './map-version.ts';
import { weekWindow } from './week-window.ts';

/**
 * Reads the medians of every lamp over the dashboard's quarter, which stores each closed week
 * that was not stored yet (or that a late event changed): the first dashboard after a week ends
 * then reads stored values, not the log. Returns how many lamps hold a median.
 */
export async function storeLampMedians(
  input: { workspaceId: string },
  { tx, clock }: PublicDeps,
): Promise<number> {
  const now = clock.now();
  const window = await weekWindow(tx, input.workspaceId, {}, now);
  const version = await activeMapVersion(tx, input.workspaceId, now);
  const withMedians = (await listLampsOfVersion(tx, input.workspaceId, version.id))
    .map((lamp) => parseMetric(lamp.metric))
    .filter((metric) => leavesOf(metric).some((leaf) => 'median' in leaf));
  await metricsSeries(tx, window.span, withMedians);
  return withMedians.length;
}
