import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { ForecastDeal } from '../domain/forecast.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { baseValue, ownerConditions } from './scope-sql.ts';

interface Row {
  deal_id: string;
  title: string;
  owner_id: string | null;
  owner_name: string | null;
  stage_id: string;
  stage_name: string;
  probability: number;
  value: number | string | null;
  expected_close_date: string | null;
}

/**
 * Open deals of the scope's pipeline and owners; with `closingInPeriod`, only those expected to
 * close within the period.
 */
export async function openDealsForForecast(
  tx: Db,
  scope: ReportSqlScope,
  closingInPeriod: boolean,
): Promise<ForecastDeal[]> {
  const conditions = [
    sql`d.workspace_id = ${scope.workspaceId}::uuid`,
    sql`d.status = 'open'`,
    ...ownerConditions(scope, sql`d.owner_id`),
  ];
  if (scope.pipelineId) conditions.push(sql`d.pipeline_id = ${scope.pipelineId}::uuid`);
  if (closingInPeriod) {
    conditions.push(sql`d.expected_close_date between ${scope.from}::date and ${scope.to}::date`);
  }
  const rows = await rawRows<Row>(
    tx,
    sql`select d.id as deal_id, d.title, d.owner_id, u.name as owner_name, s.id as stage_id,
        s.name as stage_name, s.probability, ${baseValue(scope)}::float8 as value,
        d.expected_close_date::text as expected_close_date
      from deals d
      join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
      left join users u on u.id = d.owner_id
      where ${allOf(conditions)}
      order by d.expected_close_date nulls last, d.title, d.id`,
  );
  return rows.map((r) => ({
    dealId: r.deal_id,
    title: r.title,
    ownerId: r.owner_id,
    ownerName: r.owner_name,
    stageId: r.stage_id,
    stageName: r.stage_name,
    probability: Number(r.probability),
    value: r.value === null ? null : Number(r.value),
    expectedCloseDate: r.expected_close_date,
  }));
}
