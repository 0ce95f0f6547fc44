import { sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { newId } from '../ids.ts';
import type { NewEvent } from './new-event.ts';

export const EVENT_COLUMNS =
  sql.raw(`workspace_id, id, type, occurred_at, actor_id, lead_id, deal_id,
  contact_id, company_id, activity_id, owner_id, team_id, pipeline_id, stage_id, from_stage_id,
  channel, medium, campaign, activity_type, amount, duration_seconds, payload`);

export const ROLLUP_SOURCE = sql.raw(`occurred_at, type, owner_id, team_id, pipeline_id, stage_id,
  channel, medium, activity_type, amount, duration_seconds`);

/**
 * Appends events and folds them into the weekly rollup, inside the caller's transaction, so the
 * log, the rollup and the state change commit together. One statement whatever the number of
 * events: the insert feeds the rollup upsert through a CTE (writes are on the hot path).
 */
export async function appendEvents(tx: Db, workspaceId: string, list: NewEvent[]): Promise<void> {
  if (list.length === 0) return;
  const waiting = deferred.get(tx);
  if (waiting) {
    waiting.push(...list.map((event) => ({ workspaceId, event })));
    return;
  }
  await tx.execute(sql`
    with appended as (
      insert into events (${EVENT_COLUMNS})
      values ${eventValues(workspaceId, list)}
      returning ${ROLLUP_SOURCE}
    )
    ${foldIntoRollup(workspaceId)}`);
}

/**
 * Events appended on a transaction that defers them (`deferEventsOn`), waiting for the next
 * `flushDeferredEvents`. Only the demo defers: it runs a hundred use cases on one transaction,
 * and one bulk insert of their events costs a fraction of a hundred. The log and the rollup end
 * up with the same rows (the rollup is a sum, indifferent to order); whatever reads events or the
 * rollup on such a transaction flushes first (the map's series, rollup rebuilds).
 */
const deferred = new WeakMap<Db, { workspaceId: string; event: NewEvent }[]>();

/** From now on appendEvents on tx waits for flushDeferredEvents; call that before committing. */
export function deferEventsOn(tx: Db): void {
  if (!deferred.has(tx)) deferred.set(tx, []);
}

/**
 * Writes what tx deferred, in the order it was appended, one bulk statement per workspace.
 * Deferral goes on; `stop` ends it. A no-op on a transaction that does not defer.
 */
export async function flushDeferredEvents(tx: Db, stop = false): Promise<void> {
  const waiting = deferred.get(tx);
  if (!waiting) return;
  if (stop) deferred.delete(tx);
  const batch = waiting.splice(0);
  for (const workspaceId of new Set(batch.map((w) => w.workspaceId))) {
    const list = batch.filter((w) => w.workspaceId === workspaceId).map((w) => w.event);
    await appendEventsInBulk(tx, workspaceId, list);
  }
}

/**
 * The VALUES rows of `list`, in the order of EVENT_COLUMNS, for statements that insert events
 * as part of a larger change (deal-moves.ts writes a move, its events and the rollup at once).
 */
export function eventValues(workspaceId: string, list: NewEvent[]): SQL {
  const rows = list.map(
    (
      e,
    ) => sql`(${workspaceId}::uuid, ${newId()}::uuid, ${e.type}, ${e.occurredAt.toISOString()}::timestamptz,
      ${e.actorId}::uuid, ${e.leadId ?? null}::uuid, ${e.dealId ?? null}::uuid,
      ${e.contactId ?? null}::uuid, ${e.companyId ?? null}::uuid, ${e.activityId ?? null}::uuid,
      ${e.ownerId ?? null}::uuid, ${e.teamId ?? null}::uuid, ${e.pipelineId ?? null}::uuid,
      ${e.stageId ?? null}::uuid, ${e.fromStageId ?? null}::uuid, ${e.channel ?? null}::text,
      ${e.medium ?? null}::text, ${e.campaign ?? null}::text, ${e.activityType ?? null}::text,
      ${e.amount ?? null}::numeric, ${e.durationSeconds ?? null}::bigint,
      ${JSON.stringify(e.payload ?? {})}::jsonb)`,
  );
  return sql.join(rows, sql`, `);
}

/** Folds the CTE `appended` into the weekly rollup (one upsert per rollup key). */
export function foldIntoRollup(workspaceId: string) {
  // The ISO week is taken in the workspace's time zone; date_trunc('week') starts on Monday.
  return sql`
    insert into event_rollups as r (workspace_id, week_start, type, owner_id, team_id,
      pipeline_id, stage_id, channel, medium, activity_type, count, amount_sum, duration_sum)
    select ${workspaceId}::uuid,
      (date_trunc('week', a.occurred_at at time zone w.timezone))::date as week_start,
      a.type, a.owner_id, a.team_id, a.pipeline_id, a.stage_id, a.channel, a.medium,
      a.activity_type, count(*)::int, coalesce(sum(a.amount), 0),
      coalesce(sum(a.duration_seconds), 0)::bigint
    from appended a cross join workspaces w
    where w.id = ${workspaceId}::uuid
    group by week_start, a.type, a.owner_id, a.team_id, a.pipeline_id, a.stage_id, a.channel,
      a.medium, a.activity_type
    on conflict on constraint event_rollups_key do update set
      count = r.count + excluded.count,
      amount_sum = r.amount_sum + excluded.amount_sum,
      duration_sum = r.duration_sum + excluded.duration_sum`;
}

/** One array parameter per column (unnest), however many events: for bulk work like imports. */
export async function appendEventsInBulk(
  tx: Db,
  workspaceId: string,
  list: NewEvent[],
): Promise<void> {
  if (list.length === 0) return;
  const column = <T>(pick: (e: NewEvent) => T) => sql.param(list.map(pick));
  await tx.execute(sql`
    with appended as (
      insert into events (${EVENT_COLUMNS})
      select ${workspaceId}::uuid, * from unnest(
        ${sql.param(list.map(() => newId()))}::uuid[], ${column((e) => e.type)}::text[],
        ${column((e) => e.occurredAt.toISOString())}::timestamptz[],
        ${column((e) => e.actorId)}::uuid[], ${column((e) => e.leadId ?? null)}::uuid[],
        ${column((e) => e.dealId ?? null)}::uuid[], ${column((e) => e.contactId ?? null)}::uuid[],
        ${column((e) => e.companyId ?? null)}::uuid[],
        ${column((e) => e.activityId ?? null)}::uuid[], ${column((e) => e.ownerId ?? null)}::uuid[],
        ${column((e) => e.teamId ?? null)}::uuid[], ${column((e) => e.pipelineId ?? null)}::uuid[],
        ${column((e) => e.stageId ?? null)}::uuid[],
        ${column((e) => e.fromStageId ?? null)}::uuid[], ${column((e) => e.channel ?? null)}::text[],
        ${column((e) => e.medium ?? null)}::text[], ${column((e) => e.campaign ?? null)}::text[],
        ${column((e) => e.activityType ?? null)}::text[],
        ${column((e) => ((e.amount ?? null) === null ? null : String(e.amount)))}::numeric[],
        ${column((e) => e.durationSeconds ?? null)}::bigint[],
        ${column((e) => JSON.stringify(e.payload ?? {}))}::jsonb[])
      returning ${ROLLUP_SOURCE}
    )
    ${foldIntoRollup(workspaceId)}`);
}
