import { and, asc, eq, gt, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead, forgetReads } from '../../../kernel/db/read-cache.ts';
import { memberships, users } from './schema.ts';

export type UserRow = typeof users.$inferSelect;
export type MembershipRow = typeof memberships.$inferSelect;

/** A user as seen inside one workspace: identity plus membership. */
export interface Member {
  user: UserRow;
  membership: MembershipRow;
}

export async function countUsers(tx: Db): Promise<number> {
  const [row] = await tx.select({ n: sql<number>`count(*)::int` }).from(users);
  return row?.n ?? 0;
}

export async function findUserByEmail(tx: Db, email: string): Promise<UserRow | null> {
  const [row] = await tx
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = ${email.toLowerCase()}`);
  return row ?? null;
}

export async function findUser(tx: Db, id: string): Promise<UserRow | null> {
  const [row] = await tx.select().from(users).where(eq(users.id, id));
  return row ?? null;
}

export async function insertUser(tx: Db, row: typeof users.$inferInsert): Promise<UserRow> {
  const [created] = await tx.insert(users).values(row).returning();
  return created!;
}

export async function updateUserProfile(
  tx: Db,
  id: string,
  patch: { name?: string; locale?: string | null },
  now: Date,
): Promise<UserRow> {
  const [row] = await tx
    .update(users)
    .set({ ...patch, updatedAt: now, version: sql`${users.version} + 1` })
    .where(eq(users.id, id))
    .returning();
  forgetReads('member');
  return row!;
}

/** Remembers the workspace the person is in now, for their next sign-in. */
export async function setLastWorkspace(tx: Db, userId: string, workspaceId: string): Promise<void> {
  await tx.update(users).set({ lastWorkspaceId: workspaceId }).where(eq(users.id, userId));
  forgetReads('member');
}

export async function insertMembership(
  tx: Db,
  row: typeof memberships.$inferInsert,
): Promise<MembershipRow> {
  const [created] = await tx.insert(memberships).values(row).returning();
  forgetReads('member', 'active');
  return created!;
}

export async function findMember(
  tx: Db,
  workspaceId: string,
  userId: string,
): Promise<Member | null> {
  return cachedRead(tx, `member:${workspaceId}:${userId}`, async () => {
    const [row] = await tx
      .select({ user: users, membership: memberships })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    return row ?? null;
  });
}

/** Whether the user is an active member of the workspace: the check behind every owner field. */
export async function isActiveMember(
  tx: Db,
  workspaceId: string,
  userId: string,
): Promise<boolean> {
  return cachedRead(tx, `active:${workspaceId}:${userId}`, async () => {
    const [row] = await tx
      .select({ active: memberships.active })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)));
    return row?.active ?? false;
  });
}

/** Members ordered by user id (UUIDv7, so by creation), after the cursor id. */
export async function listMembers(
  tx: Db,
  workspaceId: string,
  page: { limit: number; afterId: string | null },
): Promise<Member[]> {
  const conditions = [eq(memberships.workspaceId, workspaceId)];
  if (page.afterId) conditions.push(gt(memberships.userId, page.afterId));
  return tx
    .select({ user: users, membership: memberships })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(...conditions))
    .orderBy(asc(memberships.userId))
    .limit(page.limit);
}

export interface MembershipPatch {
  role?: string;
  salesRoles?: string[];
  teamId?: string | null;
  leadLimit?: number | null;
  active?: boolean;
}

export async function updateMembership(
  tx: Db,
  workspaceId: string,
  userId: string,
  patch: MembershipPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<MembershipRow | null> {
  const conditions = [eq(memberships.workspaceId, workspaceId), eq(memberships.userId, userId)];
  if (expectedVersion !== undefined) conditions.push(eq(memberships.version, expectedVersion));
  const [row] = await tx
    .update(memberships)
    .set({ ...patch, updatedAt: now, version: sql`${memberships.version} + 1` })
    .where(and(...conditions))
    .returning();
  forgetReads('member', 'active');
  return row ?? null;
}

/**
 * Locks the workspace's active admin memberships and returns how many there are, so two admins
 * demoting each other at once cannot both pass the "keep one admin" check.
 */
export async function lockActiveAdmins(tx: Db, workspaceId: string): Promise<number> {
  const rows = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.role, 'admin'),
        eq(memberships.active, true),
      ),
    )
    .for('update');
  return rows.length;
}
