import { and, eq, inArray, sql } from 'drizzle-orm';
import type { RoutingCandidate } from '../domain/assignment.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead } from '../../../kernel/db/read-cache.ts';
import { memberships, users } from '../../identity/index.ts';
import { leadRouting, leads } from './schema.ts';
import { OPEN_LEAD_STATUSES } from '../../../contract/leads.ts';

/**
 * Locks the workspace's routing row (creating it on first use) and returns the last member
 * assigned. Every use case that assigns or frees lead capacity takes this lock first, so limits
 * hold when many leads arrive at once (on PostgreSQL; PGlite runs one transaction at a time).
 */
export async function lockRouting(tx: Db, workspaceId: string): Promise<string | null> {
  // The row, once there, stays: a batch that memoises reads inserts it once, not per lead.
  await cachedRead(tx, `routing:${workspaceId}`, async () => {
    await tx.insert(leadRouting).values({ workspaceId }).onConflictDoNothing();
    return true;
  });
  const [row] = await tx
    .select({ last: leadRouting.lastAssignedUserId })
    .from(leadRouting)
    .where(eq(leadRouting.workspaceId, workspaceId))
    .for('update');
  return row?.last ?? null;
}

export async function setLastAssigned(tx: Db, workspaceId: string, userId: string) {
  await tx
    .update(leadRouting)
    .set({ lastAssignedUserId: userId })
    .where(eq(leadRouting.workspaceId, workspaceId));
}

export interface MemberLoad extends RoutingCandidate {
  name: string;
}

/** Every member with their open leads, for routing and the load view. */
export async function memberLoads(tx: Db, workspaceId: string): Promise<MemberLoad[]> {
  const open = tx
    .select({ ownerId: leads.ownerId, n: sql<number>`count(*)::int`.as('n') })
    .from(leads)
    .where(and(eq(leads.workspaceId, workspaceId), inArray(leads.status, [...OPEN_LEAD_STATUSES])))
    .groupBy(leads.ownerId)
    .as('open');
  const rows = await tx
    .select({
      userId: memberships.userId,
      name: users.name,
      active: memberships.active,
      salesRoles: memberships.salesRoles,
      leadLimit: memberships.leadLimit,
      openLeads: sql<number>`coalesce(${open.n}, 0)::int`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .leftJoin(open, eq(open.ownerId, memberships.userId))
    .where(eq(memberships.workspaceId, workspaceId))
    .orderBy(memberships.userId);
  return rows;
}

/** Hands the given leads to their new owners (the queue pick-up); the rows as updated. */
export async function assignLeads(
  tx: Db,
  workspaceId: string,
  assignments: { leadId: string; ownerId: string }[],
  now: Date,
): Promise<(typeof leads.$inferSelect)[]> {
  const updated: (typeof leads.$inferSelect)[] = [];
  for (const a of assignments) {
    const [row] = await tx
      .update(leads)
      .set({ ownerId: a.ownerId, updatedAt: now, version: sql`${leads.version} + 1` })
      .where(and(eq(leads.workspaceId, workspaceId), eq(leads.id, a.leadId)))
      .returning();
    if (row) updated.push(row);
  }
  return updated;
}
