import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../../kernel/db/connection.ts';
import { rawRows } from '../../../../kernel/db/raw-rows.ts';
import type { StateKind as StateKindName, DrilldownKind } from '../../../../contract/map.ts';
import { OPEN_LEAD_STATUSES } from '../../../../contract/leads.ts';
import type { Where as MetricWhere } from '../../domain/metrics/metric.ts';
import { stuckSql } from '../../../conveyor/index.ts';
import { allOf, teamOwners } from './where-sql.ts';

/** Conditions on deals `d` for a Where (source channel and medium are the deal's source). */
function dealConditions(workspaceId: string, where: MetricWhere | undefined): SQL[] {
  const out: SQL[] = [];
  if (!where) return out;
  if (where.pipelineId) out.push(sql`d.pipeline_id = ${where.pipelineId}::uuid`);
  if (where.stageId) out.push(sql`d.stage_id = ${where.stageId}::uuid`);
  if (where.channel) out.push(sql`d.source_channel = ${where.channel}`);
  if (where.medium) out.push(sql`d.source_medium = ${where.medium}`);
  if (where.ownerId) out.push(sql`d.owner_id = ${where.ownerId}::uuid`);
  if (where.teamId) out.push(teamOwners(workspaceId, where.teamId, sql`d.owner_id`));
  return out;
}

/** An open deal `d` stuck in its stage `s`: the conveyor's rule (its stuckSql). */
export function stuckCondition(now: Date): SQL {
  return stuckSql(
    { stageEnteredAt: sql`d.stage_entered_at`, lastActivityAt: sql`d.last_activity_at` },
    sql`s.rot_days`,
    now,
  );
}

/** No planned (not completed) activity on the deal (deals.next_activity_at, ADR 020). */
export const withoutNextActivity = sql`d.next_activity_at is null`;

/** What a `state` metric counts: open deals `d` (with their stage `s`), leads `l` or activities `a`. */
export interface StateSource {
  subject: DrilldownKind;
  from: SQL;
  where: SQL;
}

export function stateSource(
  workspaceId: string,
  kind: StateKindName,
  where: MetricWhere | undefined,
  now: Date,
): StateSource {
  const ws = sql`${workspaceId}::uuid`;
  if (kind === 'open_leads') {
    // Open: not converted or disqualified; the Where is the lead's source and owner.
    const conditions = [
      sql`l.workspace_id = ${ws}`,
      sql`l.status in (${sql.join(
        OPEN_LEAD_STATUSES.map((status) => sql`${status}`),
        sql`, `,
      )})`,
    ];
    if (where?.channel) conditions.push(sql`l.source_channel = ${where.channel}`);
    if (where?.medium) conditions.push(sql`l.source_medium = ${where.medium}`);
    if (where?.ownerId) conditions.push(sql`l.owner_id = ${where.ownerId}::uuid`);
    if (where?.teamId) conditions.push(teamOwners(workspaceId, where.teamId, sql`l.owner_id`));
    return { subject: 'lead', from: sql`leads l`, where: allOf(conditions) };
  }
  if (kind === 'overdue_activities') {
    const conditions = [
      sql`a.workspace_id = ${ws}`,
      sql`a.done_at is null`,
      sql`a.due_at < ${now.toISOString()}::timestamptz`,
    ];
    if (where?.activityType) conditions.push(sql`a.type = ${where.activityType}`);
    if (where?.ownerId) conditions.push(sql`a.owner_id = ${where.ownerId}::uuid`);
    if (where?.teamId) conditions.push(teamOwners(workspaceId, where.teamId, sql`a.owner_id`));
    const { ownerId: _o, teamId: _t, activityType: _a, ...dealWhere } = where ?? {};
    const onDeal = dealConditions(workspaceId, dealWhere);
    if (onDeal.length > 0) {
      conditions.push(sql`exists (select 1 from deals d where d.workspace_id = a.workspace_id
        and d.id = a.deal_id and ${allOf(onDeal)})`);
    }
    return { subject: 'activity', from: sql`activities a`, where: allOf(conditions) };
  }
  const conditions = [sql`d.workspace_id = ${ws}`, sql`d.status = 'open'`];
  conditions.push(...dealConditions(workspaceId, where));
  if (kind === 'stuck_deals') conditions.push(stuckCondition(now));
  if (kind === 'deals_without_next_activity') conditions.push(withoutNextActivity);
  // Only "stuck" reads the stage (its rot days); the others count open deals from one index.
  return {
    subject: 'deal',
    from:
      kind === 'stuck_deals'
        ? sql`deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id`
        : sql`deals d`,
    where: allOf(conditions),
  };
}

/**
 * The value of a `state` metric now. Past weeks' values are the snapshots the weekly job
 * stored at each week's end; this is what the current week shows live.
 */
export async function stateNow(
  tx: Db,
  workspaceId: string,
  kind: StateKindName,
  where: MetricWhere | undefined,
  now: Date,
): Promise<number | null> {
  const source = stateSource(workspaceId, kind, where, now);
  const [row] = await rawRows<{ value: number }>(
    tx,
    sql`select count(*)::int as value from ${source.from} where ${source.where}`,
  );
  return Number(row?.value ?? 0);
}
