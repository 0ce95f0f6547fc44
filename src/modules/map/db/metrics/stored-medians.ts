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
 * Medians per week, a closed week's value read from metric_week_values while the week still
 * holds as many events of the leaf's type as it did when the value was stored; every other week
 * (the live one, one not stored yet, one a late event reached) is computed from the log. Only
 * reads: values are stored by `storeClosedMedians` (the hourly lamp job), never by a read
 * (ADR 023). So a dashboard reads the log only for the live week and the few weeks the job has
 * not stored (yet).
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
  const closed = closedWeeks(span);
  const kept = await keptValues(tx, span, leaves.filter(isStorable), closed);
  for (const leaf of leaves) {
    const fresh = kept.fresh(leaf);
    const missing = span.weekStarts.filter((w) => !fresh.has(w) && w <= span.currentWeekStart);
    const computed = await medianSeries(tx, { ...span, weekStarts: missing }, leaf.filter, leaf.of);
    out.set(
      leaf.key,
      new Map(
        span.weekStarts.map((w) => [w, fresh.has(w) ? fresh.get(w)! : (computed.get(w) ?? null)]),
      ),
    );
  }
  return out;
}

/**
 * Stores the closed weeks' medians of the span that are not stored yet or that a late event
 * made stale (the hourly lamp job); a week still fresh is left alone. Returns how many values
 * were (re)stored.
 *
 * The week's event counts are read before any median is computed: a late event committing in
 * between is then at worst counted in the value and not in its count, which only makes the next
 * read compute the week again — a stale value is never stored as fresh.
 */
export async function storeClosedMedians(
  tx: Db,
  span: ClosedWeeksSpan,
  leaves: MedianLeaf[],
): Promise<number> {
  const storable = leaves.filter(isStorable);
  const closed = closedWeeks(span);
  if (storable.length === 0 || closed.length === 0) return 0;
  const kept = await keptValues(tx, span, storable, closed);
  let stored = 0;
  for (const leaf of storable) {
    const fresh = kept.fresh(leaf);
    const stale = closed.filter((w) => !fresh.has(w));
    if (stale.length === 0) continue;
    const computed = await medianSeries(tx, { ...span, weekStarts: stale }, leaf.filter, leaf.of);
    await store(
      tx,
      span,
      leaf.key,
      stale.map((week) => ({
        week,
        value: computed.get(week) ?? null,
        events: kept.countOf(leaf, week),
      })),
    );
    stored += stale.length;
  }
  return stored;
}

const isStorable = (leaf: MedianLeaf) => !leaf.filter.where?.teamId;

const closedWeeks = (span: ClosedWeeksSpan) =>
  span.weekStarts.filter((w) => w < span.currentWeekStart);

/**
 * What is stored for these leaves over the closed weeks, and each week's count of events of
 * each leaf's type now (all dimensions together: a count from the rollup). A stored value is
 * fresh while its count is the week's count now: the log is append-only (ADR 006), so the same
 * count means the same events.
 */
async function keptValues(tx: Db, span: ClosedWeeksSpan, storable: MedianLeaf[], closed: string[]) {
  const types = [...new Set(storable.map((l) => l.filter.event))];
  const counts = await rollupSeries(
    tx,
    { ...span, weekStarts: closed },
    types.map((event) => ({ key: event, filter: { event }, measure: 'count' })),
  );
  const stored = await readStored(tx, span.workspaceId, storable, closed);
  const countOf = (leaf: MedianLeaf, week: string) => counts.get(leaf.filter.event)?.get(week) ?? 0;
  return {
    countOf,
    fresh(leaf: MedianLeaf): Map<string, number | null> {
      const fresh = new Map<string, number | null>();
      if (!storable.includes(leaf)) return fresh;
      for (const week of closed) {
        const kept = stored.get(`${leaf.key} ${week}`);
        if (kept && kept.events === countOf(leaf, week)) fresh.set(week, kept.value);
      }
      return fresh;
    },
  };
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
