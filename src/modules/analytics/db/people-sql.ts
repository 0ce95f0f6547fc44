import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { PersonEventCell } from '../domain/people.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { inPeriod, ownerConditions } from './scope-sql.ts';

/** The workspace's people under the owner and team filters. */
export async function reportMembers(
  tx: Db,
  scope: ReportSqlScope,
): Promise<{ userId: string; name: string }[]> {
  const rows = await rawRows<{ user_id: string; name: string }>(
    tx,
    sql`select m.user_id, u.name from memberships m join users u on u.id = m.user_id
      where m.workspace_id = ${scope.workspaceId}::uuid
        and ${allOf(ownerConditions(scope, sql`m.user_id`))}`,
  );
  return rows.map((r) => ({ userId: r.user_id, name: r.name }));
}

/**
 * Completed activities, created, won and lost deals of the period per owner at the time of the
 * event (the owner the event recorded).
 */
export async function personEventCells(tx: Db, scope: ReportSqlScope): Promise<PersonEventCell[]> {
  const conditions = [
    sql`e.workspace_id = ${scope.workspaceId}::uuid`,
    sql`e.type in ('activity.completed', 'deal.created', 'deal.won', 'deal.lost')`,
    inPeriod(scope, sql`e.occurred_at`),
    ...ownerConditions(scope, sql`e.owner_id`),
  ];
  if (scope.pipelineId) conditions.push(sql`e.pipeline_id = ${scope.pipelineId}::uuid`);
  const rows = await rawRows<{
    owner_id: string | null;
    type: string;
    activity_type: string | null;
    count: number;
    amount: number | string;
  }>(
    tx,
    sql`select e.owner_id, e.type, e.activity_type, count(*)::int as count,
        coalesce(sum(e.amount), 0)::float8 as amount
      from events e where ${allOf(conditions)}
      group by e.owner_id, e.type, e.activity_type`,
  );
  return rows.map((r) => ({
    ownerId: r.owner_id,
    type: r.type,
    activityType: r.activity_type,
    count: r.count,
    amount: Number(r.amount),
  }));
}
