import type { ReportSqlScope } from './scope-sql.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { inPeriod, ownerConditions } from './scope-sql.ts';
import type { DealOutcome } from '../../../contract/conveyor.ts';

export interface Spread {
  count: number;
  median: number;
  p75: number;
}

interface SpreadRow {
  key: string;
  count: number;
  median: number | string;
  p75: number | string;
}

/** Events `e` of the pipeline in the period, of deals `d` of the owner or team filters. */
function eventsOfDeals(scope: ReportSqlScope, pipelineId: string, type: string): SQL {
  return sql`events e join deals d on d.workspace_id = e.workspace_id and d.id = e.deal_id
    where e.workspace_id = ${scope.workspaceId}::uuid and e.type = ${type}
      and e.pipeline_id = ${pipelineId}::uuid and e.duration_seconds is not null
      and ${inPeriod(scope, sql`e.occurred_at`)}
      and ${allOf(ownerConditions(scope, sql`d.owner_id`))}`;
}

async function spreads(tx: Db, key: SQL, from: SQL): Promise<Map<string, Spread>> {
  const rows = await rawRows<SpreadRow>(
    tx,
    sql`select ${key} as key, count(*)::int as count,
        percentile_cont(0.5) within group (order by e.duration_seconds)::float8 as median,
        percentile_cont(0.75) within group (order by e.duration_seconds)::float8 as p75
      from ${from} group by 1`,
  );
  return new Map(
    rows.map((r) => [r.key, { count: r.count, median: Number(r.median), p75: Number(r.p75) }]),
  );
}

/**
 * Seconds spent in each stage, by the stage left: a `deal.stage_entered` event carries the time
 * in the stage it left, and a win or loss the time in the stage it closed from
 * (`payload.stageSeconds`), so every stay that ended in the period is measured.
 */
export function timeInStages(tx: Db, scope: ReportSqlScope, pipelineId: string) {
  const stays = sql`(
    select e.from_stage_id as stage_id, e.duration_seconds
      from ${eventsOfDeals(scope, pipelineId, 'deal.stage_entered')} and e.from_stage_id is not null
    union all
    select e.stage_id, (e.payload ->> 'stageSeconds')::bigint
      from ${eventsOfDeals(scope, pipelineId, 'deal.won')} and e.payload ? 'stageSeconds'
    union all
    select e.stage_id, (e.payload ->> 'stageSeconds')::bigint
      from ${eventsOfDeals(scope, pipelineId, 'deal.lost')} and e.payload ? 'stageSeconds'
  ) e`;
  return spreads(tx, sql`e.stage_id::text`, stays);
}

/** Seconds from creation to the win (or loss) of the deals closed in the period. */
export async function cycleTime(
  tx: Db,
  scope: ReportSqlScope,
  pipelineId: string,
  type: `deal.${DealOutcome}`,
): Promise<Spread | null> {
  const found = await spreads(tx, sql`'all'`, eventsOfDeals(scope, pipelineId, type));
  return found.get('all') ?? null;
}

/** Cycle times by local month (`YYYY-MM`) of the win or loss. */
export function cycleTimeByMonth(
  tx: Db,
  scope: ReportSqlScope,
  pipelineId: string,
  type: `deal.${DealOutcome}`,
) {
  return spreads(
    tx,
    sql`to_char(e.occurred_at at time zone ${scope.timezone}, 'YYYY-MM')`,
    eventsOfDeals(scope, pipelineId, type),
  );
}
