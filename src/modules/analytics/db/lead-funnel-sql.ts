import { sql } from 'drizzle-orm';
import type { SourceFilter } from '../domain/channel-cost.ts';
import type { LeadCohortCounts } from '../domain/lead-funnel.ts';
import type { ReportScope } from '../domain/report-period.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { leadCohortCtes } from './lead-cohort-sql.ts';
import { baseValue } from './scope-sql.ts';

/**
 * The leads created in the period, how many passed each status since, became a deal (in the
 * pipeline, when one is asked for) and were won, with the won value. As of now.
 */
export async function leadCohortCounts(
  tx: Db,
  scope: ReportScope,
  source: SourceFilter,
): Promise<LeadCohortCounts> {
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
    firstContact: {
      count: r.first_contacts,
      medianSeconds: r.median_first_contact === null ? null : Number(r.median_first_contact),
    },
  };
}
