import { sql } from 'drizzle-orm';
import type { Db } from '../../../../kernel/db/connection.ts';
import { rawRows } from '../../../../kernel/db/raw-rows.ts';
import type { Filter as MetricFilter, MedianOf } from '../../domain/metrics/metric.ts';
import { medianSeries, rollupSeries, type WeekSpan, type WeekValues } from './event-series.ts';

export interface MedianLeaf {
  key: string;
  filter: MetricFilter;
  of: MedianOf;
}

export interface ClosedWeeksSpan extends WeekSpan {
  /** Weeks before this Monday are closed: their events no longer grow but by late entries. */
  currentWeekStart: string;
  now: Date;
}

/**
 * Medians per week, a closed week's value stored once computed (metric_week_values) and read
 * back while the week still holds as many events of the leaf's type as it did then. So a
 * dashboard reads the log only for the live week, and for a closed week a late event reached.
 *
 * The week's event counts are read before any median is computed: a late event committing in
 * between is then at worst counted in the value and not in its count, which only makes the next
 * read compute the week again — a stale value is never stored as fresh.
 *
 * A median over a team is not stored: `teamId` follows the team's current members (ADR 010),
 * which the count of events cannot tell apart.
 */
export async function storedMedianSeries(
  tx: Db,
  span: ClosedWeeksSpan,
  leaves: MedianLeaf[],
): Promise<Map<string, WeekValues>> {
  const out = new Map<string, WeekValues>();
  if (leaves.length === 0 || span.weekStarts.length === 0) return out;
  const closed = span.weekStarts.filter((w) => w < span.currentWeekStart);
  const storable = leaves.filter((l) => !l.filter.where?.teamId);
  // Each type's events per closed week, all dimensions together: a count from the rollup.
  const types = [...new Set(storable.map((l) => l.filter.event))];
  const counts = await rollupSeries(
    tx,
    { ...span, weekStarts: closed },
    types.map((event) => ({ key: event, filter: { event }, measure: 'count' })),
  );
  const stored = await readStored(tx, span.workspaceId, storable, closed);
  for (const leaf of leaves) {
    const isStorable = storable.includes(leaf);
    const countOf = (week: string) => counts.get(leaf.filter.event)?.get(week) ?? 0;
    const fresh = new Map<string, number | null>();
    if (isStorable) {
      for (const week of closed) {
        const kept = stored.get(`${leaf.key} ${week}`);
        if (kept && kept.events === countOf(week)) fresh.set(week, kept.value);
      }
    }
    const missing = span.weekStarts.filter((w) => !fresh.has(w) && w <= span.currentWeekStart);
    const computed = await medianSeries(tx, { ...span, weekStarts: missing }, leaf.filter, leaf.of);
    if (isStorable) {
      const toStore = missing.filter((w) => w < span.currentWeekStart);
      await store(
        tx,
        span,
        leaf.key,
        toStore.map((week) => ({ week, value: computed.get(week) ?? null, events: countOf(week) })),
      );
    }
    out.set(
      leaf.key,
      new Map(
        span.weekStarts.map((w) => [w, fresh.has(w) ? fresh.get(w)! : (computed.get(w) ?? null)]),
      ),
    );
  }
  return out;
}

async function readStored(
  tx: Db,
  workspaceId: string,
  leaves: MedianLeaf[],
  weeks: string[],
): Promise<Map<string, { value: number | null; events: number }>> {
  if (leaves.length === 0 || weeks.length === 0) return new Map();
  const rows = await rawRows<{
    leaf: string;
    week: string;
    value: number | string | null;
    events: number;
  }>(
    tx,
    sql`select v.leaf, v.week_start::text as week, v.value, v.events
      from metric_week_values v
      where v.workspace_id = ${workspaceId}::uuid
        and v.leaf in (${sql.join(
          leaves.map((l) => sql`${l.key}`),
          sql`, `,
        )})
        and v.week_start between ${weeks[0]}::date and ${weeks[weeks.length - 1]}::date`,
  );
  return new Map(
    rows.map((r) => [
      `${r.leaf} ${r.week}`,
      { value: r.value === null ? null : Number(r.value), events: Number(r.events) },
    ]),
  );
}

async function store(
  tx: Db,
  span: ClosedWeeksSpan,
  leaf: string,
  weeks: { week: string; value: number | null; events: number }[],
): Promise<void> {
  if (weeks.length === 0) return;
  const rows = weeks.map(
    (w) =>
      sql`(${span.workspaceId}::uuid, ${leaf}, ${w.week}::date, ${w.value}::float8, ${w.events}::int,
        ${span.now.toISOString()}::timestamptz)`,
  );
  await tx.execute(sql`
    insert into metric_week_values as v (workspace_id, leaf, week_start, value, events, computed_at)
    values ${sql.join(rows, sql`, `)}
    on conflict (workspace_id, leaf, week_start) do update
      set value = excluded.value, events = excluded.events, computed_at = excluded.computed_at`);
}

/** Forgets a workspace's stored values: its weeks moved (a new time zone regroups the log). */
export async function clearStoredMedians(tx: Db, workspaceId: string): Promise<void> {
  await tx.execute(sql`delete from metric_week_values where workspace_id = ${workspaceId}::uuid`);
}
