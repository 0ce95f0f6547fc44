import type { LampDrilldown } from '../app/drill-into-lamp.ts';
import type { LampView } from '../app/lamp-view.ts';
import type { MapGroup, ProcessMap } from '../app/get-process-map.ts';
import type { MetricPreview } from '../app/preview-metric.ts';
import type { Reading } from '../app/read-lamp-readings.ts';
import type { EventType } from '../../../contract/event-types.ts';
import type {
  Cadence,
  GroupKind,
  GroupMode,
  LampPosition,
  MapVersionState,
} from '../../../contract/map.ts';

export function presentLamp(l: LampView) {
  return {
    id: l.id,
    groupId: l.groupId,
    position: l.position as LampPosition,
    name: l.name,
    metric: l.metric,
    thresholds: {
      direction: l.thresholds.direction,
      green: l.thresholds.green,
      amber: l.thresholds.amber,
    },
    description: l.description,
    version: l.version,
  };
}

/** Optional fields are left out when unset, as API.md writes them (`cadence?`, `trigger?` …). */
export function presentGroup(g: MapGroup) {
  return {
    id: g.id,
    name: g.name,
    kind: g.kind as GroupKind,
    result: g.result,
    mode: g.mode as GroupMode,
    ...(g.cadence ? { cadence: g.cadence as Cadence } : {}),
    ...(g.trigger ? { trigger: g.trigger as EventType } : {}),
    ...(g.ownerUserId ? { ownerUserId: g.ownerUserId } : {}),
    ...(g.ownerTeamId ? { ownerTeamId: g.ownerTeamId } : {}),
    processes: g.processes.map((p) => ({ name: p.name, description: p.description })),
    next: g.next,
    lamps: g.lamps.map(presentLamp),
    position: g.position,
    version: g.version,
  };
}

export function presentProcessMap(map: ProcessMap) {
  return {
    version: {
      id: map.version.id,
      name: map.version.name,
      state: map.version.state as MapVersionState,
    },
    groups: map.groups.map(presentGroup),
  };
}

export function presentDrilldown(d: LampDrilldown) {
  return {
    lampId: d.lampId,
    week: d.week,
    items: d.items.map((i) => ({
      kind: i.kind,
      id: i.id,
      title: i.title,
      dealId: i.dealId,
      ownerId: i.ownerId,
      at: i.at?.toISOString() ?? null,
    })),
    truncated: d.truncated,
  };
}

export function presentReading(r: Reading) {
  return {
    lampId: r.lampId,
    week: r.week,
    value: r.value,
    status: r.status,
    partial: r.partial,
  };
}

export function presentReadings(r: { weeks: string[]; readings: Reading[] }) {
  return { weeks: r.weeks, readings: r.readings.map(presentReading) };
}

/** `statuses` only when thresholds were given, as the use case answers. */
export function presentMetricPreview(p: MetricPreview) {
  return {
    description: p.description,
    weeks: p.weeks,
    values: p.values,
    ...(p.statuses ? { statuses: p.statuses } : {}),
  };
}
