import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { SourceFilter } from '../domain/channel-cost.ts';
import type { LeadCohortCounts } from '../domain/lead-funnel.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { leadCohortCtes } from './lead-cohort-sql.ts';
import { baseValue } from './scope-sql.ts';

/**
 * The leads created in the period, how many passed each status since, became a deal (in the
 * pipeline, when one is asked for) and were won, with the won value; and how many are still in
 * progress at their furthest step (a lead still open, a deal still open). As of now.
 */
export async function leadCohortCounts(
  tx: Db,
  scope: ReportSqlScope,
  source: SourceFilter,
): Promise<LeadCohortCounts> {
  // Still in progress at their furthest step: an open lead, not yet converted or disqualified.
  const stillOpen = sql`c.status not in ('converted', 'disqualified')`;
  const inPipeline = scope.pipelineId ? sql`d.pipeline_id = ${scope.pipelineId}::uuid` : sql`true`;
  const [row] = await rawRows<{
    created: number;
    contacted: number;
    replied: number;
    mql: number;
    sql: number;
    converted: number;
    won: number;
    revenue: number | string;
    disqualified: number;
    open: number;
    waiting_created: number;
    waiting_contacted: number;
    waiting_replied: number;
    waiting_mql: number;
    waiting_sql: number;
    waiting_converted: number;
    first_contacts: number;
    median_first_contact: number | string | null;
  }>(
    tx,
    sql`with ${leadCohortCtes(scope, source)}
      select count(*)::int as created,
        (count(*) filter (where s.contacted))::int as contacted,
        (count(*) filter (where s.replied))::int as replied,
        (count(*) filter (where s.mql))::int as mql,
        (count(*) filter (where s.sq))::int as sql,
        count(d.id)::int as converted,
        (count(*) filter (where d.status = 'won'))::int as won,
        coalesce(sum(${baseValue(scope)}) filter (where d.status = 'won'), 0)::float8 as revenue,
        (count(*) filter (where c.status = 'disqualified'))::int as disqualified,
        (count(*) filter (where c.status not in ('converted', 'disqualified')))::int as open,
        (count(*) filter (where ${stillOpen} and not s.contacted and not s.replied
          and not s.mql and not s.sq))::int as waiting_created,
        (count(*) filter (where ${stillOpen} and s.contacted and not s.replied
          and not s.mql and not s.sq))::int as waiting_contacted,
        (count(*) filter (where ${stillOpen} and s.replied and not s.mql
          and not s.sq))::int as waiting_replied,
        (count(*) filter (where ${stillOpen} and s.mql and not s.sq))::int as waiting_mql,
        (count(*) filter (where ${stillOpen} and s.sq))::int as waiting_sql,
        (count(*) filter (where d.status = 'open'))::int as waiting_converted,
        count(s.first_contact)::int as first_contacts,
        percentile_cont(0.5) within group (order by s.first_contact)::float8
          as median_first_contact
      from cohort c
      left join steps s on s.lead_id = c.id
      left join deals d on d.workspace_id = ${scope.workspaceId}::uuid
        and d.id = c.converted_deal_id and ${inPipeline}`,
  );
  const r = row!;
  return {
    created: r.created,
    contacted: r.contacted,
    replied: r.replied,
    mql: r.mql,
    sql: r.sql,
    converted: r.converted,
    won: r.won,
    revenue: Number(r.revenue),
    disqualified: r.disqualified,
    open: r.open,
    waiting: {
      created: r.waiting_created,
      contacted: r.waiting_contacted,
      replied: r.waiting_replied,
      mql: r.waiting_mql,
      sql: r.waiting_sql,
      converted: r.waiting_converted,
      won: 0,
    },
    firstContact: {
      count: r.first_contacts,
      medianSeconds: r.median_first_contact === null ? null : Number(r.median_first_contact),
    },
  };
}
