import { listLampsOfVersion, putReading } from '../db/lamps-repo.ts';
import { metricSeries, readsState } from '../db/metrics/metric-series.ts';
import { shiftIsoWeek, weekStartDate } from '../../../kernel/domain/iso-week.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import type { PublicDeps } from '../../../kernel/app/context.ts';
import { activeMapVersion } from './map-version.ts';
import { weekWindow } from './week-window.ts';

/**
 * Stores last week's reading of every lamp that reads current state (open deals, stuck deals …),
 * which cannot be recomputed later. Event metrics are not stored: the log stays their truth, so
 * a late-recorded event still counts. Idempotent: an existing reading is never overwritten.
 * Run by the scheduler shortly after each week ends (and at start-up, to catch up).
 */
export async function snapshotLampReadings(
  input: { workspaceId: string },
  { tx, clock }: PublicDeps,
): Promise<number> {
  const now = clock.now();
  const current = await weekWindow(tx, input.workspaceId, {}, now);
  const lastWeek = shiftIsoWeek(current.currentWeek, -1);
  // A workspace made this week has no last week: today's state is not last week's.
  if (lastWeek < current.firstWeek) return 0;
  const version = await activeMapVersion(tx, input.workspaceId);
  let stored = 0;
  for (const lamp of await listLampsOfVersion(tx, input.workspaceId, version.id)) {
    const metric = parseMetric(lamp.metric);
    if (!readsState(metric)) continue;
    // Last week read as if it were still current: state now, events of that week.
    const lastWeekStart = weekStartDate(lastWeek);
    const series = await metricSeries(
      tx,
      {
        ...current.span,
        weekStarts: [lastWeekStart],
        currentWeekStart: lastWeekStart,
      },
      metric,
    );
    const value = series.get(lastWeekStart) ?? null;
    await putReading(
      tx,
      {
        workspaceId: input.workspaceId,
        lampId: lamp.id,
        week: lastWeek,
        value,
        source: 'snapshot',
        recordedAt: now,
      },
      'keep',
    );
    stored += 1;
  }
  return stored;
}
