import type { ReportSqlScope } from './scope-sql.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { MonthlyCost } from '../domain/channel-cost.ts';
import type { SourceCell } from '../domain/sources.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { leadCohortCtes } from './lead-cohort-sql.ts';
import { baseMoney, baseValue, inPeriod, ownerConditions } from './scope-sql.ts';
import type { SourceGrouping } from '../../../contract/analytics.ts';

interface CellRow {
  channel: string | null;
  medium: string | null;
  campaign: string | null;
  total: number;
  leads: number;
  contacted: number;
  mql: number;
  sql: number;
  deals: number;
  deals_without_lead: number;
  won: number;
  revenue: number | string;
  first_contacts: number;
  median_first_contact: number | string | null;
}

/**
 * The grouping columns of `members` (`ch`, `md`, `cp`); the parts finer than the grouping are
 * constant nulls so every row has the same shape.
 */
function groupColumns(grouping: SourceGrouping): { select: SQL; group: SQL } {
  const parts =
    grouping === 'channel' ? ['ch'] : grouping === 'medium' ? ['ch', 'md'] : ['ch', 'md', 'cp'];
  const named = (col: string, as: string) =>
    parts.includes(col) ? sql.raw(`${col} as ${as}`) : sql.raw(`null::text as ${as}`);
  return {
    select: sql.join(
      [named('ch', 'channel'), named('md', 'medium'), named('cp', 'campaign')],
      sql`, `,
    ),
    group: sql.raw(parts.join(', ')),
  };
}

/**
 * The sources cohort by source, plus a total row: the leads created in the period (owner and team
 * filters on the lead's owner) with the steps each has passed since and the deal it became (in
 * the pipeline, when one is asked for); and the deals created in the period without a lead
 * (filters on the deal's owner), by their own source. Won and revenue are as of now.
 */
export async function sourceCells(
  tx: Db,
  scope: ReportSqlScope,
  grouping: SourceGrouping,
): Promise<{ cells: SourceCell[]; total: SourceCell }> {
  const ws = sql`${scope.workspaceId}::uuid`;
  const inPipeline = scope.pipelineId ? sql`d.pipeline_id = ${scope.pipelineId}::uuid` : sql`true`;
  const { select, group } = groupColumns(grouping);
  const rows = await rawRows<CellRow>(
    tx,
    sql`with ${leadCohortCtes(scope)},
      members as (
        select c.ch, c.md, c.cp, 1 as lead, coalesce(s.contacted, false) as contacted,
          s.first_contact, coalesce(s.mql, false) as mql, coalesce(s.sq, false) as sq,
          d.id as deal_id, d.status, ${baseValue(scope)} as value
        from cohort c
        left join steps s on s.lead_id = c.id
        left join deals d on d.workspace_id = ${ws} and d.id = c.converted_deal_id and ${inPipeline}
        union all
        select d.source_channel, d.source_medium, d.source_campaign, 0, false, null, false, false,
          d.id, d.status, ${baseValue(scope)}
        from events c
        join deals d on d.workspace_id = c.workspace_id and d.id = c.deal_id
        where c.workspace_id = ${ws} and c.type = 'deal.created'
          and ${inPeriod(scope, sql`c.occurred_at`)}
          and d.lead_id is null and ${inPipeline}
          and ${allOf(ownerConditions(scope, sql`d.owner_id`))}
      )
      select ${select}, grouping(${group})::int as total,
        coalesce(sum(lead), 0)::int as leads,
        (count(*) filter (where contacted))::int as contacted,
        (count(*) filter (where mql))::int as mql,
        (count(*) filter (where sq))::int as sql,
        count(deal_id)::int as deals,
        (count(deal_id) filter (where lead = 0))::int as deals_without_lead,
        (count(*) filter (where status = 'won'))::int as won,
        coalesce(sum(value) filter (where status = 'won'), 0)::float8 as revenue,
        count(first_contact)::int as first_contacts,
        percentile_cont(0.5) within group (order by first_contact)::float8 as median_first_contact
      from members
      group by grouping sets ((${group}), ())`,
  );
  const cellOf = (r: CellRow): SourceCell => ({
    channel: r.channel,
    medium: r.medium,
    campaign: r.campaign,
    leads: r.leads,
    contacted: r.contacted,
    mql: r.mql,
    sql: r.sql,
    deals: r.deals,
    dealsWithoutLead: r.deals_without_lead,
    won: r.won,
    revenue: Number(r.revenue),
    firstContact: {
      count: r.first_contacts,
      medianSeconds: r.median_first_contact === null ? null : Number(r.median_first_contact),
    },
  });
  // The empty grouping set always answers, even for no members: the total row.
  return {
    cells: rows.filter((r) => r.total === 0).map(cellOf),
    total: cellOf(rows.find((r) => r.total !== 0)!),
  };
}

/**
 * Costs of the months the period touches, in the base currency (converted at the workspace's
 * rate; a currency without a rate stays out).
 */
export async function costsOfPeriod(tx: Db, scope: ReportSqlScope): Promise<MonthlyCost[]> {
  const rows = await rawRows<{
    month: string;
    channel: string;
    medium: string | null;
    campaign: string | null;
    amount: number | string;
  }>(
    tx,
    sql`select * from (select to_char(k.month, 'YYYY-MM-DD') as month, k.channel, k.medium,
          k.campaign, ${baseMoney(scope, sql`k.amount`, sql`k.currency`)}::float8 as amount
        from channel_costs k
        where k.workspace_id = ${scope.workspaceId}::uuid
          and k.month >= date_trunc('month', ${scope.from}::date)::date
          and k.month <= ${scope.to}::date) costs
      where amount is not null`,
  );
  return rows.map((r) => ({ ...r, amount: Number(r.amount) }));
}
