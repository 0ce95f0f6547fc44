import { and, asc, desc, eq, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { leadKeys } from './lead-keys.ts';
import { activities, deals } from './schema.ts';
import { memberships } from '../../identity/index.ts';
import { decodeCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import type { ActivityState } from '../../../contract/activities.ts';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityInsert = typeof activities.$inferInsert;
export type ActivityPatch = Partial<Pick<ActivityRow, 'subject' | 'dueAt' | 'ownerId' | 'outcome'>>;

/** planned = not completed (overdue ones included), overdue = not completed and past due. */
export type ActivityListState = ActivityState;

export async function insertActivity(tx: Db, row: ActivityInsert): Promise<ActivityRow> {
  const [created] = await tx.insert(activities).values(row).returning();
  return created!;
}

export async function findActivity(
  tx: Db,
  workspaceId: string,
  id: string,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<ActivityRow | null> {
  const [row] = await tx
    .select()
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, workspaceId),
        eq(activities.id, id),
        visible(activities.ownerId),
      ),
    );
  return row ?? null;
}

/** Null when the expected version is stale (or the activity is gone). */
export async function updateActivity(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: ActivityPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<ActivityRow | null> {
  const conditions = [eq(activities.workspaceId, workspaceId), eq(activities.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(activities.version, expectedVersion));
  const [row] = await tx
    .update(activities)
    .set({ ...patch, updatedAt: now, version: sql`${activities.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/**
 * Marks a not-yet-completed activity done. Null when it is already completed, gone, or the
 * expected version is stale: a concurrent completion cannot complete it twice.
 */
export async function markActivityDone(
  tx: Db,
  workspaceId: string,
  id: string,
  done: { doneAt: Date; outcome?: string | null },
  expectedVersion: number | undefined,
  now: Date,
): Promise<ActivityRow | null> {
  const conditions = [
    eq(activities.workspaceId, workspaceId),
    eq(activities.id, id),
    isNull(activities.doneAt),
  ];
  if (expectedVersion !== undefined) conditions.push(eq(activities.version, expectedVersion));
  const [row] = await tx
    .update(activities)
    .set({ ...done, updatedAt: now, version: sql`${activities.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

export interface ActivityQuery {
  dealId: string | null;
  leadId: string | null;
  ownerId: string | null;
  state: ActivityListState | null;
  /** Owners in this team. */
  teamId: string | null;
  /** Due strictly before this time. */
  dueBefore: Date | null;
  /** Due at or after this time. */
  dueAfter: Date | null;
  now: Date;
  limit: number;
  cursor: string | null;
}

/** b: 0 not completed, 1 completed; t: the sort time, exact to the microsecond; i: the id. */
const activityCursor = z.object({ b: z.enum(['0', '1']), t: z.iso.datetime(), i: z.uuid() });

/**
 * Not-completed activities first, soonest due first (an activity without a due time sorts by its
 * creation); then completed ones, latest first. Ties by id.
 */
export async function listActivities(
  tx: Db,
  workspaceId: string,
  query: ActivityQuery,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<Page<ActivityRow>> {
  const a = activities;
  const conditions: SQL[] = [eq(a.workspaceId, workspaceId)];
  const narrowed = visible(a.ownerId);
  if (narrowed) conditions.push(narrowed);
  if (query.dealId) conditions.push(eq(a.dealId, query.dealId));
  if (query.leadId) conditions.push(eq(a.leadId, query.leadId));
  if (query.ownerId) conditions.push(eq(a.ownerId, query.ownerId));
  if (query.teamId) {
    conditions.push(
      sql`${a.ownerId} in (select ${memberships.userId} from ${memberships} where ${memberships.workspaceId} = ${a.workspaceId} and ${memberships.teamId} = ${query.teamId}::uuid)`,
    );
  }
  if (query.dueBefore) {
    conditions.push(sql`${a.dueAt} < ${query.dueBefore.toISOString()}::timestamptz`);
  }
  if (query.dueAfter) {
    conditions.push(sql`${a.dueAt} >= ${query.dueAfter.toISOString()}::timestamptz`);
  }
  if (query.state === 'done') conditions.push(isNotNull(a.doneAt));
  if (query.state === 'planned') conditions.push(isNull(a.doneAt));
  if (query.state === 'overdue') {
    conditions.push(isNull(a.doneAt), sql`${a.dueAt} < ${query.now.toISOString()}::timestamptz`);
  }
  const plannedKey = sql`coalesce(${a.dueAt}, ${a.createdAt})`;
  if (query.cursor) {
    const c = decodeCursor(query.cursor, activityCursor);
    const t = sql`${c.t}::timestamptz`;
    const i = sql`${c.i}::uuid`;
    conditions.push(
      c.b === '0'
        ? sql`(${a.doneAt} is not null or (${plannedKey}, ${a.id}) > (${t}, ${i}))`
        : sql`(${a.doneAt} is not null and (${a.doneAt} < ${t} or (${a.doneAt} = ${t} and ${a.id} > ${i})))`,
    );
  }
  // The sort key comes from the database, in UTC to the microsecond, so the cursor compares
  // exactly as the ORDER BY does.
  const sortKey = sql<string>`to_char(coalesce(${a.doneAt}, ${plannedKey}) at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const rows = await tx
    .select({ row: a, sortKey })
    .from(a)
    .where(and(...conditions))
    .orderBy(
      asc(sql`${a.doneAt} is not null`),
      asc(sql`case when ${a.doneAt} is null then ${plannedKey} end`),
      desc(a.doneAt),
      asc(a.id),
    )
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({
    b: r.row.doneAt ? '1' : '0',
    t: r.sortKey,
    i: r.row.id,
  }));
  return { items: page.items.map((r) => r.row), nextCursor: page.nextCursor };
}

/** What an activity needs to know of its deal. */
export interface ActivityDeal {
  id: string;
  ownerId: string | null;
  pipelineId: string;
  stageId: string;
  status: string;
}

export async function findActivityDeal(
  tx: Db,
  workspaceId: string,
  dealId: string,
): Promise<ActivityDeal | null> {
  const [row] = await tx
    .select({
      id: deals.id,
      ownerId: deals.ownerId,
      pipelineId: deals.pipelineId,
      stageId: deals.stageId,
      status: deals.status,
    })
    .from(deals)
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, dealId)));
  return row ?? null;
}

/**
 * A completed activity means the deal is not idle: last_activity_at moves forward to doneAt
 * (never back). A derived field, so the deal's version is left alone (no 412 for its editors).
 */
export async function recordDealActivity(
  tx: Db,
  workspaceId: string,
  dealId: string,
  doneAt: Date,
): Promise<void> {
  const at = sql`${doneAt.toISOString()}::timestamptz`;
  await tx
    .update(deals)
    .set({ lastActivityAt: sql`greatest(${deals.lastActivityAt}, ${at})` })
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, dealId)));
}

/** Activity types completed on the deal at or after `since` (for `activity` exit criteria). */
export async function completedActivityTypesSince(
  tx: Db,
  workspaceId: string,
  dealId: string,
  since: Date,
): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ type: activities.type })
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, workspaceId),
        eq(activities.dealId, dealId),
        sql`${activities.doneAt} >= ${since.toISOString()}::timestamptz`,
      ),
    );
  return new Set(rows.map((r) => r.type));
}

/** Whether the deal has a not-completed activity due after `now` (the `nextActivity` criterion). */
export async function hasPlannedFutureActivity(
  tx: Db,
  workspaceId: string,
  dealId: string,
  now: Date,
): Promise<boolean> {
  const [row] = await tx
    .select({ id: activities.id })
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, workspaceId),
        eq(activities.dealId, dealId),
        isNull(activities.doneAt),
        sql`${activities.dueAt} > ${now.toISOString()}::timestamptz`,
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** The deal's earliest not-completed activity by due time (overdue ones included). */
export async function nextPlannedActivity(
  tx: Db,
  workspaceId: string,
  dealId: string,
): Promise<{ id: string; type: string; dueAt: Date | null } | null> {
  const [row] = await tx
    .select({ id: activities.id, type: activities.type, dueAt: activities.dueAt })
    .from(activities)
    .where(
      and(
        eq(activities.workspaceId, workspaceId),
        eq(activities.dealId, dealId),
        isNull(activities.doneAt),
      ),
    )
    .orderBy(sql`${activities.dueAt} asc nulls last`, asc(activities.id))
    .limit(1);
  return row ?? null;
}

/** Whether a lead exists in the workspace (an activity may be about one). */
export async function leadExists(tx: Db, workspaceId: string, leadId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: leadKeys.id })
    .from(leadKeys)
    .where(and(eq(leadKeys.workspaceId, workspaceId), eq(leadKeys.id, leadId)));
  return row !== undefined;
}
