import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { rawRows } from '../raw-rows.ts';
import type { NextActivity } from './deals-repo.ts';

/** Everything the gates and the deal's view need beyond its row, read in one round trip. */
export interface DealFacts {
  checks: string[];
  activityTypesDoneSince: Set<string>;
  hasPlannedFutureActivity: boolean;
  nextActivity: NextActivity | null;
}

interface Row {
  checks: string[] | null;
  done_types: string[] | null;
  planned: boolean;
  next: { id: string; type: string; dueAt: string | null } | string | null;
}

/**
 * Ticked checks, the activity types completed since `since` (the stage entry), whether an
 * activity is planned after `now`, and the earliest planned activity. One statement on purpose:
 * moving a deal is the hottest write path (DESIGN.md budget: ≥ 1,000 moves/s).
 */
export async function dealFacts(
  tx: Db,
  workspaceId: string,
  dealId: string,
  since: Date,
  now: Date,
): Promise<DealFacts> {
  const ws = sql`${workspaceId}::uuid`;
  const id = sql`${dealId}::uuid`;
  const [row] = await rawRows<Row>(
    tx,
    sql`select
      (select array_agg(c.criterion_id::text) from deal_checks c
        where c.workspace_id = ${ws} and c.deal_id = ${id}) as checks,
      (select array_agg(distinct a.type) from activities a
        where a.workspace_id = ${ws} and a.deal_id = ${id}
          and a.done_at >= ${since.toISOString()}::timestamptz) as done_types,
      exists (select 1 from activities a
        where a.workspace_id = ${ws} and a.deal_id = ${id} and a.done_at is null
          and a.due_at > ${now.toISOString()}::timestamptz) as planned,
      (select json_build_object('id', a.id, 'type', a.type, 'dueAt', a.due_at)
        from activities a
        where a.workspace_id = ${ws} and a.deal_id = ${id} and a.done_at is null
        order by a.due_at asc nulls last, a.id limit 1) as next`,
  );
  const next = typeof row?.next === 'string' ? (JSON.parse(row.next) as Row['next']) : row?.next;
  return {
    checks: row?.checks ?? [],
    activityTypesDoneSince: new Set(row?.done_types ?? []),
    hasPlannedFutureActivity: row?.planned ?? false,
    nextActivity:
      next && typeof next === 'object'
        ? {
            dealId,
            id: next.id,
            type: next.type,
            dueAt: next.dueAt === null ? null : new Date(next.dueAt),
          }
        : null,
  };
}
