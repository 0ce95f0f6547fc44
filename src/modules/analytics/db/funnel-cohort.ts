import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { SourceFilter } from '../domain/channel-cost.ts';
import type { CohortDeal } from '../domain/funnel.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { baseValue, inPeriod, ownerConditions, sourceConditions } from './scope-sql.ts';

/**
 * The deals of the pipeline created in the period (their `deal.created` events), with every
 * stage each has entered since, however it moved (back, skipped, reopened). Owner and team
 * filters are on the deal's current owner, source filters on its source.
 */
export async function funnelCohort(
  tx: Db,
  scope: ReportSqlScope,
  pipelineId: string,
  source: SourceFilter = {},
): Promise<CohortDeal[]> {
  const ws = sql`${scope.workspaceId}::uuid`;
  const rows = await rawRows<{ status: string; value: number | string | null; stages: string }>(
    tx,
    sql`select d.status, ${baseValue(scope)}::float8 as value,
        coalesce(string_agg(distinct se.stage_id::text, ','), '') as stages
      from events c
      join deals d on d.workspace_id = c.workspace_id and d.id = c.deal_id
      left join events se on se.workspace_id = c.workspace_id and se.deal_id = c.deal_id
        and se.type = 'deal.stage_entered'
      where c.workspace_id = ${ws} and c.type = 'deal.created'
        and c.pipeline_id = ${pipelineId}::uuid
        and ${inPeriod(scope, sql`c.occurred_at`)}
        and ${allOf([...ownerConditions(scope, sql`d.owner_id`), ...sourceConditions(source, 'd')])}
      group by d.id, d.status, d.currency, d.value`,
  );
  return rows.map((r) => ({
    status: r.status as CohortDeal['status'],
    value: r.value === null ? null : Number(r.value),
    reachedStageIds: new Set(r.stages === '' ? [] : r.stages.split(',')),
  }));
}
