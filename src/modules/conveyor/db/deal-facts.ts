import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import type { NextActivity } from './deals-repo.ts';

/** Everything the gates and the deal's view need beyond its row, read in one round trip. */
export interface DealFacts {
  checks: string[];
  activityTypesDoneSince: Set<string>;
  hasPlannedFutureActivity: boolean;
  nextActivity: NextActivity | null;
}

/** The raw values of the fact columns, as either driver answers them. */
export interface DealFactsColumns {
  checks: string[] | null;
  doneTypes: string[] | null;
  planned: boolean | null;
  next: { id: string; type: string; dueAt: string | null } | string | null;
}

/** The deal's ticked checks, as a scalar subquery (`workspace` and `dealId`: a column or a value). */
export function checksColumn(workspace: SQL, dealId: SQL): SQL {
  return sql`(select array_agg(c.criterion_id::text) from deal_checks c
        where c.workspace_id = ${workspace} and c.deal_id = ${dealId})`;
}

/** The deal's earliest planned activity as JSON, as a scalar subquery. */
export function nextActivityColumn(workspace: SQL, dealId: SQL): SQL {
  return sql`(select json_build_object('id', a.id, 'type', a.type, 'dueAt', a.due_at)
        from activities a
        where a.workspace_id = ${workspace} and a.deal_id = ${dealId} and a.done_at is null
        order by a.due_at asc nulls last, a.id limit 1)`;
}

/**
 * The facts as four scalar subqueries, for the select list of a statement that has the deal's
 * id and stage entry at hand (a column or a parameter): ticked checks, the activity types
 * completed since `since` (the stage entry), whether an activity is planned after `now`, and
 * the earliest planned activity.
 */
export function dealFactsColumns(
  workspaceId: string,
  dealId: SQL,
  since: SQL,
  now: Date,
): Record<keyof DealFactsColumns, SQL> {
  const ws = sql`${workspaceId}::uuid`;
  return {
    checks: checksColumn(ws, dealId),
    doneTypes: sql`(select array_agg(distinct a.type) from activities a
        where a.workspace_id = ${ws} and a.deal_id = ${dealId} and a.done_at >= ${since})`,
    planned: sql`exists (select 1 from activities a
        where a.workspace_id = ${ws} and a.deal_id = ${dealId} and a.done_at is null
          and a.due_at > ${now.toISOString()}::timestamptz)`,
    next: nextActivityColumn(ws, dealId),
  };
}

export function toDealFacts(dealId: string, row: DealFactsColumns | undefined): DealFacts {
  const next =
    typeof row?.next === 'string' ? (JSON.parse(row.next) as DealFactsColumns['next']) : row?.next;
  return {
    checks: row?.checks ?? [],
    activityTypesDoneSince: new Set(row?.doneTypes ?? []),
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

/**
 * The facts of one deal in one statement on purpose: moving a deal is the hottest write path
 * (DESIGN.md budget: ≥ 1,000 moves/s).
 */
export async function dealFacts(
  tx: Db,
  workspaceId: string,
  dealId: string,
  since: Date,
  now: Date,
): Promise<DealFacts> {
  const c = dealFactsColumns(
    workspaceId,
    sql`${dealId}::uuid`,
    sql`${since.toISOString()}::timestamptz`,
    now,
  );
  const [row] = await rawRows<DealFactsColumns>(
    tx,
    sql`select ${c.checks} as "checks", ${c.doneTypes} as "doneTypes",
      ${c.planned} as "planned", ${c.next} as "next"`,
  );
  return toDealFacts(dealId, row);
}
