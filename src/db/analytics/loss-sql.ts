import { sql } from 'drizzle-orm';
import type { LossCell } from '../../domain/analytics/loss-reasons.ts';
import type { ReportScope } from '../../domain/analytics/report-period.ts';
import type { Db } from '../connection.ts';
import { allOf } from '../metrics/where-sql.ts';
import { rawRows } from '../raw-rows.ts';
import { baseValue, inPeriod, ownerConditions } from './scope-sql.ts';

interface CellRow {
  reason_id: string | null;
  reason_name: string | null;
  stage_id: string;
  stage_name: string;
  owner_id: string | null;
  owner_name: string | null;
  count: number;
  value: number | string | null;
}

/**
 * Deals lost in the period and still lost (a reopened deal no longer counts), by reason, the
 * stage they were lost at and owner.
 */
export async function lossCells(tx: Db, scope: ReportScope): Promise<LossCell[]> {
  const conditions = [
    sql`d.workspace_id = ${scope.workspaceId}::uuid`,
    sql`d.status = 'lost'`,
    inPeriod(scope, sql`d.closed_at`),
    ...ownerConditions(scope, sql`d.owner_id`),
  ];
  if (scope.pipelineId) conditions.push(sql`d.pipeline_id = ${scope.pipelineId}::uuid`);
  const rows = await rawRows<CellRow>(
    tx,
    sql`select r.id as reason_id, r.name as reason_name, s.id as stage_id, s.name as stage_name,
        d.owner_id, u.name as owner_name, count(*)::int as count,
        coalesce(sum(${baseValue(scope)}), 0)::float8 as value
      from deals d
      join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
      left join lost_reasons r on r.workspace_id = d.workspace_id and r.id = d.lost_reason_id
      left join users u on u.id = d.owner_id
      where ${allOf(conditions)}
      group by r.id, r.name, s.id, s.name, d.owner_id, u.name`,
  );
  return rows.map((r) => ({
    reasonId: r.reason_id,
    reasonName: r.reason_name,
    stageId: r.stage_id,
    stageName: r.stage_name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    count: r.count,
    value: Number(r.value ?? 0),
  }));
}
