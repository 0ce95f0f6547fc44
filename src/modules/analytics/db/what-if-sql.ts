import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { baseValue, inPeriod, ownerConditions } from './scope-sql.ts';

/** What one source (channel + medium) brought into the pipeline in the period. */
export interface SourceInflow {
  channel: string | null;
  medium: string | null;
  /** Leads created in the period. */
  leads: number;
  /** …of which converted or disqualified by now. */
  decided: number;
  /** …of which converted into a deal of the pipeline. */
  converted: number;
  /** Deals created in the pipeline in the period without a lead. */
  dealsWithoutLead: number;
}

/**
 * Leads of the period by source (filters on the lead's owner) and what became of them, beside
 * the pipeline's deals created in the period without a lead (filters on the deal's owner).
 */
export async function sourceInflow(
  tx: Db,
  scope: ReportSqlScope,
  pipelineId: string,
): Promise<SourceInflow[]> {
  const ws = sql`${scope.workspaceId}::uuid`;
  const rows = await rawRows<{
    channel: string | null;
    medium: string | null;
    leads: number;
    decided: number;
    converted: number;
    deals_without_lead: number;
  }>(
    tx,
    sql`with members as (
        select l.source_channel as ch, l.source_medium as md, 1 as lead,
          (l.status in ('converted', 'disqualified'))::int as decided,
          (d.id is not null)::int as converted, 0 as direct
        from leads l
        left join deals d on d.workspace_id = l.workspace_id and d.id = l.converted_deal_id
          and d.pipeline_id = ${pipelineId}::uuid
        where l.workspace_id = ${ws} and ${inPeriod(scope, sql`l.created_at`)}
          and ${allOf(ownerConditions(scope, sql`l.owner_id`))}
        union all
        select d.source_channel, d.source_medium, 0, 0, 0, 1
        from events c
        join deals d on d.workspace_id = c.workspace_id and d.id = c.deal_id
        where c.workspace_id = ${ws} and c.type = 'deal.created'
          and c.pipeline_id = ${pipelineId}::uuid and ${inPeriod(scope, sql`c.occurred_at`)}
          and d.lead_id is null and ${allOf(ownerConditions(scope, sql`d.owner_id`))}
      )
      select ch as channel, md as medium, sum(lead)::int as leads, sum(decided)::int as decided,
        sum(converted)::int as converted, sum(direct)::int as deals_without_lead
      from members group by ch, md
      order by ch nulls last, md nulls last`,
  );
  return rows.map((r) => ({
    channel: r.channel,
    medium: r.medium,
    leads: r.leads,
    decided: r.decided,
    converted: r.converted,
    dealsWithoutLead: r.deals_without_lead,
  }));
}

/** Deals of the pipeline won in the period and still won: how many, and their average value. */
export async function wonInPeriod(
  tx: Db,
  scope: ReportSqlScope,
  pipelineId: string,
): Promise<{ count: number; valued: number; average: number | null }> {
  const conditions = [
    sql`d.workspace_id = ${scope.workspaceId}::uuid`,
    sql`d.pipeline_id = ${pipelineId}::uuid`,
    sql`d.status = 'won'`,
    inPeriod(scope, sql`d.closed_at`),
    ...ownerConditions(scope, sql`d.owner_id`),
  ];
  const [row] = await rawRows<{ count: number; valued: number; average: number | string | null }>(
    tx,
    sql`select count(*)::int as count, count(${baseValue(scope)})::int as valued,
        avg(${baseValue(scope)})::float8 as average
      from deals d where ${allOf(conditions)}`,
  );
  return {
    count: row!.count,
    valued: row!.valued,
    average: row!.average === null ? null : Number(row!.average),
  };
}

/** The median seconds from a lead's creation to its deal, for leads converted in the period. */
export async function leadToDealTime(
  tx: Db,
  scope: ReportSqlScope,
  pipelineId: string,
): Promise<{ count: number; median: number | null }> {
  const [row] = await rawRows<{ count: number; median: number | string | null }>(
    tx,
    sql`select count(*)::int as count,
        percentile_cont(0.5) within group (order by e.duration_seconds)::float8 as median
      from events e
      where e.workspace_id = ${scope.workspaceId}::uuid and e.type = 'lead.converted'
        and e.pipeline_id = ${pipelineId}::uuid and e.duration_seconds is not null
        and ${inPeriod(scope, sql`e.occurred_at`)}
        and ${allOf(ownerConditions(scope, sql`e.owner_id`))}`,
  );
  return { count: row!.count, median: row!.median === null ? null : Number(row!.median) };
}
