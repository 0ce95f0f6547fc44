import { listLampsOfVersion } from '../db/lamps-repo.ts';
import { storeMetricMedians } from '../db/metrics/metric-series.ts';
import { leavesOf } from '../domain/metrics/metric-leaves.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { shiftIsoWeek } from '../../../kernel/domain/iso-week.ts';
import { activeMapVersion } from './map-version.ts';
import { DEFAULT_WEEKS, weekWindow } from './week-window.ts';

/**
 * How far back the job keeps closed weeks' medians: the dashboard's quarter and the one before,
 * so stepping back through last quarter's weeks reads stored values too.
 */
export const STORED_WEEKS = 2 * DEFAULT_WEEKS;

/**
 * Stores the medians of every lamp for each closed week of the last two quarters that is not
 * stored yet (or that a late event changed): run by the hourly lamp job (and at start-up), so
 * the dashboard reads stored values, not the log. Reads never store (ADR 023). Returns how many
 * lamps hold a median.
 */
export async function storeLampMedians(
  input: { workspaceId: string },
  { tx, clock }: PublicDeps,
): Promise<number> {
  const now = clock.now();
  const { currentWeek } = await weekWindow(tx, input.workspaceId, {}, now);
  const window = await weekWindow(
    tx,
    input.workspaceId,
    { from: shiftIsoWeek(currentWeek, -(STORED_WEEKS - 1)), to: currentWeek },
    now,
  );
  const version = await activeMapVersion(tx, input.workspaceId);
  const withMedians = (await listLampsOfVersion(tx, input.workspaceId, version.id))
    .map((lamp) => parseMetric(lamp.metric))
    .filter((metric) => leavesOf(metric).some((leaf) => 'median' in leaf));
  await storeMetricMedians(tx, window.span, withMedians);
  return withMedians.length;
}
