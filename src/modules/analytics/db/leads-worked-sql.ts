import type { ReportSqlScope } from './scope-sql.ts';
import { sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { allOf } from '../../map/index.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { inPeriod, ownerConditions } from './scope-sql.ts';
import { LEAD_STATUSES, type LeadStatus } from '../../../contract/leads.ts';
import type { EventType } from '../../../contract/event-types.ts';

/** The lead events that mean someone worked the lead: every status step after `new`. */
const WORKED: readonly EventType[] = LEAD_STATUSES.filter(
  (status): status is Exclude<LeadStatus, 'new'> => status !== 'new',
).map((status) => `lead.${status}` as const);

/**
 * Per owner, the distinct leads they moved a status step in the period (leads belong to no
 * pipeline, so the pipeline filter does not narrow them).
 */
export async function leadsWorkedByOwner(
  tx: Db,
  scope: ReportSqlScope,
): Promise<Map<string, number>> {
  const conditions = [
    sql`e.workspace_id = ${scope.workspaceId}::uuid`,
    sql`e.type in (${sql.join(
      WORKED.map((t) => sql`${t}`),
      sql`, `,
    )})`,
    sql`e.owner_id is not null`,
    inPeriod(scope, sql`e.occurred_at`),
    ...ownerConditions(scope, sql`e.owner_id`),
  ];
  const rows = await rawRows<{ owner_id: string; leads: number }>(
    tx,
    sql`select e.owner_id, count(distinct e.lead_id)::int as leads
      from events e where ${allOf(conditions)}
      group by e.owner_id`,
  );
  return new Map(rows.map((r) => [r.owner_id, r.leads]));
}
