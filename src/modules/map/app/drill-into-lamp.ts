import { findLamp } from '../db/lamps-repo.ts';
import { drillIntoMetric, type DrillItem } from '../db/metrics/drilldown.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import { visibleOwners } from '../../identity/index.ts';
import { parseMetric } from '../domain/metrics/metric.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { weekWindow } from './week-window.ts';

const LIMIT = 200;

export interface LampDrilldown {
  lampId: string;
  week: string;
  items: DrillItem[];
  truncated: boolean;
}

/**
 * The deals, leads or activities behind a lamp's reading in a week (default: this week), those
 * the actor may see (record permissions).
 */
export async function drillIntoLamp(
  input: { lampId: string; week?: string | undefined },
  { actor, tx, clock }: Deps,
): Promise<LampDrilldown> {
  const lamp = await findLamp(tx, actor.workspaceId, input.lampId);
  if (!lamp) throw notFound('lamp');
  const now = clock.now();
  const current = await weekWindow(tx, actor.workspaceId, {}, now);
  const week = input.week ?? current.currentWeek;
  const window = await weekWindow(tx, actor.workspaceId, { from: week, to: week }, now);
  const items = await drillIntoMetric(
    tx,
    {
      workspaceId: actor.workspaceId,
      timezone: window.span.timezone,
      weekStart: window.span.weekStarts[0]!,
      current: week === window.currentWeek,
      now,
      visible: visibleOwners(actor),
    },
    parseMetric(lamp.metric),
    LIMIT + 1,
  );
  return { lampId: lamp.id, week, items: items.slice(0, LIMIT), truncated: items.length > LIMIT };
}
