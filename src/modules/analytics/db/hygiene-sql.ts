import type { ReportSqlScope } from './scope-sql.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { HygieneDeal, OverdueActivity } from '../domain/hygiene.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { stuckCondition, withoutNextActivity } from '../../map/index.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { ownerConditions } from './scope-sql.ts';

/** Open deals `d` (stage `s`) of the scope's pipeline and owners. */
function openDeals(scope: ReportSqlScope): SQL[] {
  const out = [sql`d.workspace_id = ${scope.workspaceId}::uuid`, sql`d.status = 'open'`];
  if (scope.pipelineId) out.push(sql`d.pipeline_id = ${scope.pipelineId}::uuid`);
  return [...out, ...ownerConditions(scope, sql`d.owner_id`)];
}

interface DealRow {
  owner_id: string | null;
  owner_name: string | null;
  deal_id: string;
  title: string;
  stage_id: string;
  stage_name: string;
  idle_seconds: number | string;
}

/** Open deals meeting a condition, with how long each has been idle. */
export async function dealsWhere(
  tx: Db,
  scope: ReportSqlScope,
  kind: 'stuck' | 'without_next_step',
): Promise<HygieneDeal[]> {
  const now = scope.now.toISOString();
  const condition = kind === 'stuck' ? stuckCondition(scope.now) : withoutNextActivity;
  const rows = await rawRows<DealRow>(
    tx,
    sql`select d.owner_id, u.name as owner_name, d.id as deal_id, d.title,
        s.id as stage_id, s.name as stage_name,
        extract(epoch from ${now}::timestamptz - greatest(d.stage_entered_at,
          coalesce(d.last_activity_at, d.stage_entered_at)))::float8 as idle_seconds
      from deals d
      join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
      left join users u on u.id = d.owner_id
      where ${allOf([...openDeals(scope), condition])}
      order by u.name nulls last, idle_seconds desc, d.id`,
  );
  return rows.map((r) => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    dealId: r.deal_id,
    title: r.title,
    stageId: r.stage_id,
    stageName: r.stage_name,
    idleDays: Math.round((Number(r.idle_seconds) / 86_400) * 100) / 100,
  }));
}

interface ActivityRow {
  owner_id: string | null;
  owner_name: string | null;
  activity_id: string;
  type: string;
  subject: string;
  due_at: Date | string;
  deal_id: string | null;
  deal_title: string | null;
}

/** Planned activities past their due time; with a pipeline filter, those on its deals. */
export async function overdueActivities(tx: Db, scope: ReportSqlScope): Promise<OverdueActivity[]> {
  const conditions = [
    sql`a.workspace_id = ${scope.workspaceId}::uuid`,
    sql`a.done_at is null`,
    sql`a.due_at < ${scope.now.toISOString()}::timestamptz`,
    ...ownerConditions(scope, sql`a.owner_id`),
  ];
  if (scope.pipelineId) conditions.push(sql`d.pipeline_id = ${scope.pipelineId}::uuid`);
  const rows = await rawRows<ActivityRow>(
    tx,
    sql`select a.owner_id, u.name as owner_name, a.id as activity_id, a.type, a.subject,
        a.due_at, d.id as deal_id, d.title as deal_title
      from activities a
      left join deals d on d.workspace_id = a.workspace_id and d.id = a.deal_id
      left join users u on u.id = a.owner_id
      where ${allOf(conditions)}
      order by u.name nulls last, a.due_at, a.id`,
  );
  return rows.map((r) => ({
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    activityId: r.activity_id,
    type: r.type,
    subject: r.subject,
    dueAt: new Date(r.due_at),
    dealId: r.deal_id,
    dealTitle: r.deal_title,
  }));
}
