import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../kernel/db/connection.ts';
import { flushDeferredEvents } from '../../../../kernel/db/events/append-events.ts';
import { rawRows } from '../../../../kernel/db/raw-rows.ts';
import { storedTypesOf } from '../../../../contract/event-types.ts';
import type { Filter as MetricFilter } from '../../domain/metrics/metric.ts';
import { allOf, dimensionConditions } from './where-sql.ts';

/** Weeks as the Mondays (`YYYY-MM-DD`, workspace time zone) they start on, ascending. */
export interface WeekSpan {
  workspaceId: string;
  timezone: string;
  weekStarts: string[];
}

export type WeekValues = Map<string, number | null>;

function bounds(weekStarts: string[]): { first: string; last: string } {
  return { first: weekStarts[0]!, last: weekStarts[weekStarts.length - 1]! };
}

/** A count or sum of matching events, read from the weekly rollup. */
export interface RollupLeaf {
  key: string;
  filter: MetricFilter;
  measure: 'count' | 'amount';
}

/**
 * Counts and sums of matching events per week for many leaves in one statement over the weekly
 * rollup (weeks × types rows, not the events themselves): one aggregate per leaf, each with its
 * own filter. Weeks without events count 0.
 */
export async function rollupSeries(
  tx: Db,
  span: WeekSpan,
  leaves: RollupLeaf[],
): Promise<Map<string, WeekValues>> {
  // Events a demo batch appended but has not written yet count too.
  await flushDeferredEvents(tx);
  if (leaves.length === 0 || span.weekStarts.length === 0) return new Map();
  const { first, last } = bounds(span.weekStarts);
  const types = [...new Set(leaves.flatMap((l) => storedTypesOf(l.filter.event)))];
  const columns = leaves.map((leaf, i) => {
    const measured = leaf.measure === 'count' ? sql.raw('r.count') : sql.raw('r.amount_sum');
    const matches = allOf([
      typeIn('r', leaf.filter),
      ...dimensionConditions(span.workspaceId, leaf.filter.where, 'r'),
    ]);
    return sql`coalesce(sum(${measured}) filter (where ${matches}), 0)::float8 as ${sql.raw(`v${i}`)}`;
  });
  const found = await rawRows<Record<string, string | number>>(
    tx,
    sql`select r.week_start::text as week, ${sql.join(columns, sql`, `)}
      from event_rollups r
      where r.workspace_id = ${span.workspaceId}::uuid
        and r.type in (${sql.join(
          types.map((t) => sql`${t}`),
          sql`, `,
        )})
        and r.week_start between ${first}::date and ${last}::date
      group by r.week_start`,
  );
  const byWeek = new Map(found.map((row) => [String(row.week), row]));
  return new Map(
    leaves.map((leaf, i) => [
      leaf.key,
      new Map(
        span.weekStarts.map((w) => {
          const row = byWeek.get(w);
          return [w, row ? Number(row[`v${i}`]) : 0];
        }),
      ),
    ]),
  );
}

/** The filter's event type(s) on the table aliased `alias` (a composite reads all it stands for). */
export function typeIn(alias: 'e' | 'r', filter: MetricFilter): SQL {
  const types = storedTypesOf(filter.event).map((t) => sql`${t}`);
  return sql`${sql.raw(alias)}.type in (${sql.join(types, sql`, `)})`;
}

/** Consecutive weeks joined into [first Monday, last Monday] runs: one range scan each. */
function runsOf(weekStarts: string[]): { first: string; last: string }[] {
  const runs: { first: string; last: string }[] = [];
  const dayMs = 86_400_000;
  for (const week of [...weekStarts].sort()) {
    const run = runs[runs.length - 1];
    if (run && Date.parse(week) - Date.parse(run.last) <= 7 * dayMs) run.last = week;
    else runs.push({ first: week, last: week });
  }
  return runs;
}

/**
 * Median of the events' duration or amount in each of the given weeks (any set of them), from
 * the event log (a median cannot be rolled up). Weeks without a measured event have no median:
 * null.
 */
export async function medianSeries(
  tx: Db,
  span: WeekSpan,
  filter: MetricFilter,
  of: 'duration' | 'amount',
): Promise<WeekValues> {
  await flushDeferredEvents(tx);
  if (span.weekStarts.length === 0) return new Map();
  const column = of === 'duration' ? sql.raw('e.duration_seconds') : sql.raw('e.amount');
  const tz = span.timezone;
  const ranges: SQL[] = runsOf(span.weekStarts).map(
    ({ first, last }) => sql`(e.occurred_at >= (${first}::date)::timestamp at time zone ${tz}
        and e.occurred_at < (${last}::date + 7)::timestamp at time zone ${tz})`,
  );
  const found = await rawRows<{ week: string; value: number | string | null }>(
    tx,
    sql`select (date_trunc('week', e.occurred_at at time zone ${tz}))::date::text as week,
        percentile_cont(0.5) within group (order by ${column})::float8 as value
      from events e
      where e.workspace_id = ${span.workspaceId}::uuid and ${typeIn('e', filter)}
        and (${sql.join(ranges, sql` or `)})
        and ${column} is not null
        and ${allOf(dimensionConditions(span.workspaceId, filter.where, 'e'))}
      group by 1`,
  );
  const values = new Map(found.map((r) => [r.week, r.value === null ? null : Number(r.value)]));
  return new Map(span.weekStarts.map((w) => [w, values.get(w) ?? null]));
}
