import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { rawRows } from '../raw-rows.ts';
import type { Filter as MetricFilter } from '../../domain/metrics/metric.ts';
import { allOf, dimensionConditions } from './where-sql.ts';

/** Weeks as the Mondays (`YYYY-MM-DD`, workspace time zone) they start on, ascending. */
export interface WeekSpan {
  workspaceId: string;
  timezone: string;
  weekStarts: string[];
}

export type WeekValues = Map<string, number | null>;

function bounds(span: WeekSpan): { first: string; last: string } {
  return { first: span.weekStarts[0]!, last: span.weekStarts[span.weekStarts.length - 1]! };
}

async function rows(tx: Db, query: SQL): Promise<Map<string, number | null>> {
  const found = await rawRows<{ week: string; value: number | string | null }>(tx, query);
  return new Map(found.map((r) => [r.week, r.value === null ? null : Number(r.value)] as const));
}

/**
 * Count or sum of matching events per week, read from the weekly rollup (weeks × types rows,
 * not the events themselves). Weeks without events count 0.
 */
export async function rollupSeries(
  tx: Db,
  span: WeekSpan,
  filter: MetricFilter,
  measure: 'count' | 'amount',
): Promise<WeekValues> {
  if (span.weekStarts.length === 0) return new Map();
  const { first, last } = bounds(span);
  const column = measure === 'count' ? sql.raw('r.count') : sql.raw('r.amount_sum');
  const found = await rows(
    tx,
    sql`select r.week_start::text as week, sum(${column})::float8 as value
      from event_rollups r
      where r.workspace_id = ${span.workspaceId}::uuid and r.type = ${filter.event}
        and r.week_start between ${first}::date and ${last}::date
        and ${allOf(dimensionConditions(span.workspaceId, filter.where, 'r'))}
      group by r.week_start`,
  );
  return new Map(span.weekStarts.map((w) => [w, found.get(w) ?? 0]));
}

/**
 * Median of the events' duration or amount per week, from the event log (a median cannot be
 * rolled up). Weeks without a measured event have no median: null.
 */
export async function medianSeries(
  tx: Db,
  span: WeekSpan,
  filter: MetricFilter,
  of: 'duration' | 'amount',
): Promise<WeekValues> {
  if (span.weekStarts.length === 0) return new Map();
  const { first, last } = bounds(span);
  const column = of === 'duration' ? sql.raw('e.duration_seconds') : sql.raw('e.amount');
  const tz = span.timezone;
  const found = await rows(
    tx,
    sql`select (date_trunc('week', e.occurred_at at time zone ${tz}))::date::text as week,
        percentile_cont(0.5) within group (order by ${column})::float8 as value
      from events e
      where e.workspace_id = ${span.workspaceId}::uuid and e.type = ${filter.event}
        and e.occurred_at >= (${first}::date)::timestamp at time zone ${tz}
        and e.occurred_at < (${last}::date + 7)::timestamp at time zone ${tz}
        and ${column} is not null
        and ${allOf(dimensionConditions(span.workspaceId, filter.where, 'e'))}
      group by 1`,
  );
  return new Map(span.weekStarts.map((w) => [w, found.get(w) ?? null]));
}
