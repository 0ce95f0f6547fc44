import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { SourceFilter } from '../domain/channel-cost.ts';
import type { LossCell } from '../domain/loss-reasons.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { baseValue, inPeriod, ownerConditions, sourceConditions } from './scope-sql.ts';

interface CellRow {
  reason_id: string | null;
  reason_name: string | null;
  stage_id: string;
  stage_name: string;
  owner_id: string | null;
  owner_name: string | null;
  channel: string | null;
  medium: string | null;
  month: string;
  count: number;
  value: number | string | null;
}

/**
 * Deals lost in the period and still lost (a reopened deal no longer counts), by reason, the
 * stage they were lost at, owner, source and local month of the loss.
 */
export async function lossCells(
  tx: Db,
  scope: ReportSqlScope,
  source: SourceFilter = {},
): Promise<LossCell[]> {
  const conditions = [
    sql`d.workspace_id = ${scope.workspaceId}::uuid`,
    sql`d.status = 'lost'`,
    inPeriod(scope, sql`d.closed_at`),
    ...ownerConditions(scope, sql`d.owner_id`),
    ...sourceConditions(source, 'd'),
  ];
  const month = sql`to_char(d.closed_at at time zone ${scope.timezone}, 'YYYY-MM')`;
  if (scope.pipelineId) conditions.push(sql`d.pipeline_id = ${scope.pipelineId}::uuid`);
  const rows = await rawRows<CellRow>(
    tx,
    sql`select r.id as reason_id, r.name as reason_name, s.id as stage_id, s.name as stage_name,
        d.owner_id, u.name as owner_name, d.source_channel as channel,
        d.source_medium as medium, ${month} as month, count(*)::int as count,
        coalesce(sum(${baseValue(scope)}), 0)::float8 as value
      from deals d
      join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
      left join lost_reasons r on r.workspace_id = d.workspace_id and r.id = d.lost_reason_id
      left join users u on u.id = d.owner_id
      where ${allOf(conditions)}
      group by 1, 2, 3, 4, 5, 6, 7, 8, 9`, // by position: the month is a bound expression
  );
  return rows.map((r) => ({
    reasonId: r.reason_id,
    reasonName: r.reason_name,
    stageId: r.stage_id,
    stageName: r.stage_name,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    channel: r.channel,
    medium: r.medium,
    month: r.month,
    count: r.count,
    value: Number(r.value ?? 0),
  }));
}
