import type { ReportSqlScope } from './scope-sql.ts';
import { sql, type SQL } from 'drizzle-orm';
import type { SourceFilter } from '../domain/channel-cost.ts';
import { allOf } from '../../map/index.ts';
import { inPeriod, ownerConditions, sourceConditions } from './scope-sql.ts';

/**
 * Two CTEs for a `with` clause: `cohort` — the leads created in the period (owner and team
 * filters on the lead's owner, source filters on its source) with their source (`ch`, `md`,
 * `cp`), status and deal — and `steps` — per cohort lead, the statuses it has passed since (each
 * status passed has its event, so a disqualified lead still shows how far it got) and the
 * seconds to its first contact.
 */
export function leadCohortCtes(scope: ReportSqlScope, source: SourceFilter = {}): SQL {
  const ws = sql`${scope.workspaceId}::uuid`;
  return sql`cohort as (
      select l.id, l.source_channel as ch, l.source_medium as md, l.source_campaign as cp,
        l.status, l.converted_deal_id
      from leads l
      where l.workspace_id = ${ws} and ${inPeriod(scope, sql`l.created_at`)}
        and ${allOf([...ownerConditions(scope, sql`l.owner_id`), ...sourceConditions(source, 'l')])}
    ),
    steps as (
      select e.lead_id,
        bool_or(e.type = 'lead.contacted') as contacted,
        min(e.duration_seconds) filter (where e.type = 'lead.contacted') as first_contact,
        bool_or(e.type = 'lead.replied') as replied,
        bool_or(e.type = 'lead.mql') as mql,
        bool_or(e.type = 'lead.sql') as sq
      from events e
      where e.workspace_id = ${ws} and e.lead_id in (select id from cohort)
        and e.type in ('lead.contacted', 'lead.replied', 'lead.mql', 'lead.sql')
      group by e.lead_id
    )`;
}
