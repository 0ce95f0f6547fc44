import { sql } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { flushDeferredEvents } from './append-events.ts';

/**
 * Recomputes a workspace's weekly rollup from its event log, in the caller's transaction. The
 * rollup's weeks are local weeks of the workspace's time zone, so when the zone changes every
 * row must be regrouped (an event at 23:30 UTC on a Sunday may belong to another local week).
 * The same grouping as appendEvents, over the whole log at once.
 */
export async function rebuildRollup(tx: Db, workspaceId: string): Promise<void> {
  await flushDeferredEvents(tx);
  await tx.execute(sql`delete from event_rollups where workspace_id = ${workspaceId}::uuid`);
  await tx.execute(sql`
    insert into event_rollups (workspace_id, week_start, type, owner_id, team_id, pipeline_id,
      stage_id, channel, medium, activity_type, count, amount_sum, duration_sum)
    select e.workspace_id,
      (date_trunc('week', e.occurred_at at time zone w.timezone))::date as week_start,
      e.type, e.owner_id, e.team_id, e.pipeline_id, e.stage_id, e.channel, e.medium,
      e.activity_type, count(*)::int, coalesce(sum(e.amount), 0),
      coalesce(sum(e.duration_seconds), 0)::bigint
    from events e join workspaces w on w.id = e.workspace_id
    where e.workspace_id = ${workspaceId}::uuid
    group by e.workspace_id, week_start, e.type, e.owner_id, e.team_id, e.pipeline_id,
      e.stage_id, e.channel, e.medium, e.activity_type`);
}
