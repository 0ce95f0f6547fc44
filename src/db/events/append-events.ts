import { sql } from 'drizzle-orm';
import type { NewEvent } from '../../domain/events/catalogue.ts';
import type { Db } from '../connection.ts';
import { events } from '../schema/events.ts';
import { newId } from '../ids.ts';

/**
 * Appends events and folds them into the weekly rollup, inside the caller's transaction, so the
 * log, the rollup and the state change commit together.
 */
export async function appendEvents(tx: Db, workspaceId: string, list: NewEvent[]): Promise<void> {
  if (list.length === 0) return;
  const rows = list.map((e) => ({
    workspaceId,
    id: newId(),
    type: e.type,
    occurredAt: e.occurredAt,
    actorId: e.actorId,
    leadId: e.leadId ?? null,
    dealId: e.dealId ?? null,
    contactId: e.contactId ?? null,
    companyId: e.companyId ?? null,
    activityId: e.activityId ?? null,
    ownerId: e.ownerId ?? null,
    teamId: e.teamId ?? null,
    pipelineId: e.pipelineId ?? null,
    stageId: e.stageId ?? null,
    fromStageId: e.fromStageId ?? null,
    channel: e.channel ?? null,
    medium: e.medium ?? null,
    campaign: e.campaign ?? null,
    activityType: e.activityType ?? null,
    amount: e.amount ?? null,
    durationSeconds: e.durationSeconds ?? null,
    payload: e.payload ?? {},
  }));
  await tx.insert(events).values(rows);
  for (const r of rows) {
    // The ISO week is taken in the workspace's time zone; date_trunc('week') starts on Monday.
    await tx.execute(sql`
      insert into event_rollups as r (workspace_id, week_start, type, owner_id, team_id,
        pipeline_id, stage_id, channel, medium, activity_type, count, amount_sum, duration_sum)
      select ${workspaceId}::uuid,
        (date_trunc('week', ${r.occurredAt.toISOString()}::timestamptz at time zone w.timezone))::date,
        ${r.type}, ${r.ownerId}::uuid, ${r.teamId}::uuid, ${r.pipelineId}::uuid,
        ${r.stageId}::uuid, ${r.channel}, ${r.medium}, ${r.activityType}, 1,
        coalesce(${r.amount}::numeric, 0), coalesce(${r.durationSeconds}::bigint, 0)
      from workspaces w where w.id = ${workspaceId}::uuid
      on conflict on constraint event_rollups_key do update set
        count = r.count + 1,
        amount_sum = r.amount_sum + excluded.amount_sum,
        duration_sum = r.duration_sum + excluded.duration_sum`);
  }
}
