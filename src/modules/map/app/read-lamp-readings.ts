import {
  listLampsOfVersion,
  listReadings,
  type LampReadingRow,
  type LampRow,
} from '../db/lamps-repo.ts';
import type { WeekValues } from '../db/metrics/event-series.ts';
import { metricsSeries } from '../db/metrics/metric-series.ts';
import { lampStatus, partialLampStatus } from '../domain/metrics/lamp-status.ts';
import { parseMetric, type Metric } from '../domain/metrics/metric.ts';
import { parseThresholds } from '../domain/metrics/thresholds.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { activeMapVersion } from './map-version.ts';
import { weekWindow, type WeekWindow } from './week-window.ts';
import type { LampStatus } from '../../../contract/map.ts';

export interface Reading {
  lampId: string;
  week: string;
  value: number | null;
  status: LampStatus;
  partial: boolean;
}

/**
 * Readings of every lamp of the active map for each week asked for. A stored reading (entered
 * by hand, or the weekly snapshot of a closed week) wins; otherwise the value is computed from
 * the event log — live and `partial` for the current week, whose colour is only what the rest of
 * the week cannot change (ADR 033). Weeks still to come, and weeks before the workspace was made
 * (a new workspace's "last week" is not a week of zeros), read grey.
 */
export async function readLampReadings(
  input: { from?: string | undefined; to?: string | undefined },
  { actor, tx, clock }: Deps,
): Promise<{ weeks: string[]; readings: Reading[] }> {
  const window = await weekWindow(tx, actor.workspaceId, input, clock.now());
  const version = await activeMapVersion(tx, actor.workspaceId);
  const lamps = await listLampsOfVersion(tx, actor.workspaceId, version.id);
  // Stored readings of every lamp in one query; then each distinct metric leaf once for all.
  const stored = await listReadings(
    tx,
    actor.workspaceId,
    lamps.map((l) => l.id),
    window.weeks,
  );
  const metrics = lamps.map((lamp) => parseMetric(lamp.metric));
  const series = await metricsSeries(tx, window.span, metrics);
  const readings = lamps.flatMap((lamp, i) =>
    lampWeeks(
      lamp,
      metrics[i]!,
      window,
      stored.filter((r) => r.lampId === lamp.id),
      'manual' in metrics[i]! ? null : series[i]!,
    ),
  );
  return { weeks: window.weeks, readings };
}

function lampWeeks(
  lamp: LampRow,
  metric: Metric,
  window: WeekWindow,
  storedReadings: LampReadingRow[],
  computed: WeekValues | null,
): Reading[] {
  const thresholds = parseThresholds(lamp.thresholds);
  const stored = new Map(storedReadings.map((r) => [r.week, r]));
  return window.weeks.map((week, i) => {
    const kept = stored.get(week);
    // Weeks to come, and weeks before the workspace existed, have nothing to count.
    const outside = week > window.currentWeek || week < window.firstWeek;
    const value = kept
      ? kept.value
      : outside || !computed
        ? null
        : (computed.get(window.span.weekStarts[i]!) ?? null);
    const partial = !kept && week === window.currentWeek && computed !== null;
    return {
      lampId: lamp.id,
      week,
      value,
      status: partial
        ? partialLampStatus(value, thresholds, metric)
        : lampStatus(value, thresholds),
      partial,
    };
  });
}
