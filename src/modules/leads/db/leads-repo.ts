import { and, desc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { decodeCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import { leads } from './schema.ts';
import { OPEN_LEAD_STATUSES } from '../../../contract/leads.ts';

export type LeadRow = typeof leads.$inferSelect;
export type LeadInsert = typeof leads.$inferInsert;
export type LeadPatch = Partial<
  Pick<
    LeadRow,
    | 'name'
    | 'companyName'
    | 'email'
    | 'phone'
    | 'ownerId'
    | 'contactId'
    | 'companyId'
    | 'status'
    | 'firstContactedAt'
    | 'disqualifyReason'
    | 'disqualificationReasonId'
    | 'disqualifyComment'
    | 'convertedDealId'
    | 'closedAt'
  >
>;

export async function insertLead(tx: Db, row: LeadInsert): Promise<LeadRow> {
  const [created] = await tx.insert(leads).values(row).returning();
  return created!;
}

/** Reads a lead; `lock` takes its row lock so concurrent changes of one lead run in turn. */
export async function findLead(
  tx: Db,
  workspaceId: string,
  id: string,
  lock = false,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<LeadRow | null> {
  const query = tx
    .select()
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, id), visible(leads.ownerId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Null when the expected version is stale (or the lead is gone). */
export async function updateLead(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: LeadPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<LeadRow | null> {
  const conditions = [eq(leads.workspaceId, workspaceId), eq(leads.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(leads.version, expectedVersion));
  const [row] = await tx
    .update(leads)
    .set({ ...patch, updatedAt: now, version: sql`${leads.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

const openStatuses = () => inArray(leads.status, [...OPEN_LEAD_STATUSES]);

/** Open leads per owner in the workspace. */
export async function openLeadsByOwner(tx: Db, workspaceId: string): Promise<Map<string, number>> {
  const rows = await tx
    .select({ ownerId: leads.ownerId, n: sql<number>`count(*)::int` })
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), openStatuses()))
    .groupBy(leads.ownerId);
  return new Map(rows.filter((r) => r.ownerId).map((r) => [r.ownerId!, r.n]));
}

export async function countUnassigned(tx: Db, workspaceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), isNull(leads.ownerId), openStatuses()));
  return row?.n ?? 0;
}

/** Open unassigned leads, oldest first: the queue routing hands out as capacity frees. */
export async function unassignedQueue(tx: Db, workspaceId: string, limit: number) {
  const rows = await tx
    .select({ id: leads.id })
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), isNull(leads.ownerId), openStatuses()))
    .orderBy(leads.createdAt, leads.id)
    .limit(limit);
  return rows.map((r) => r.id);
}

/** The most recent open lead with this E.164 phone, else the most recent closed one. */
export async function findLeadByPhone(
  tx: Db,
  workspaceId: string,
  phone: string,
): Promise<LeadRow | null> {
  const [row] = await tx
    .select()
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), eq(leads.phone, phone)))
    .orderBy(sql`${leads.closedAt} is not null`, desc(leads.createdAt), desc(leads.id))
    .limit(1);
  return row ?? null;
}

export interface LeadQuery {
  /** A status, or "open" for any not yet converted or disqualified. */
  status: string | null;
  ownerId: string | null;
  channel: string | null;
  unassigned: boolean | null;
  createdBefore: Date | null;
  createdAfter: Date | null;
  limit: number;
  cursor: string | null;
}

/** t: creation time in UTC to the microsecond; i: the id. */
const leadCursor = z.object({ t: z.iso.datetime(), i: z.uuid() });

/** The inbox: newest first, ties by id (descending). */
export async function listLeads(
  tx: Db,
  workspaceId: string,
  q: LeadQuery,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<Page<LeadRow>> {
  const conditions: SQL[] = [eq(leads.workspaceId, workspaceId)];
  const narrowed = visible(leads.ownerId);
  if (narrowed) conditions.push(narrowed);
  if (q.status === 'open') conditions.push(openStatuses());
  else if (q.status) conditions.push(eq(leads.status, q.status));
  if (q.ownerId) conditions.push(eq(leads.ownerId, q.ownerId));
  if (q.channel) conditions.push(eq(leads.sourceChannel, q.channel));
  if (q.unassigned === true) conditions.push(isNull(leads.ownerId));
  if (q.unassigned === false) conditions.push(sql`${leads.ownerId} is not null`);
  if (q.createdBefore) {
    conditions.push(sql`${leads.createdAt} < ${q.createdBefore.toISOString()}::timestamptz`);
  }
  if (q.createdAfter) {
    conditions.push(sql`${leads.createdAt} >= ${q.createdAfter.toISOString()}::timestamptz`);
  }
  if (q.cursor) {
    const c = decodeCursor(q.cursor, leadCursor);
    conditions.push(sql`(${leads.createdAt}, ${leads.id}) < (${c.t}::timestamptz, ${c.i}::uuid)`);
  }
  const sortKey = sql<string>`to_char(${leads.createdAt} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;
  const rows = await tx
    .select({ row: leads, sortKey })
    .from(leads)
    .where(and(...conditions))
    .orderBy(desc(leads.createdAt), desc(leads.id))
    .limit(q.limit + 1);
  const page = toPage(rows, q.limit, (r) => ({ t: r.sortKey, i: r.row.id }));
  return { items: page.items.map((r) => r.row), nextCursor: page.nextCursor };
}
