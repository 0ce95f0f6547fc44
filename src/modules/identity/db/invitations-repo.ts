import { and, asc, eq, gt } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import type { InvitationEnd } from '../../../contract/invitations.ts';
import type { ReceivedInvitation } from '../domain/types.ts';
import { invitations, users, workspaces } from './schema.ts';

export type InvitationRow = typeof invitations.$inferSelect;

export async function insertInvitation(
  tx: Db,
  row: typeof invitations.$inferInsert,
): Promise<InvitationRow> {
  const [created] = await tx.insert(invitations).values(row).returning();
  return created!;
}

export async function findPendingInvitation(
  tx: Db,
  workspaceId: string,
  userId: string,
): Promise<InvitationRow | null> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(
      and(
        eq(invitations.workspaceId, workspaceId),
        eq(invitations.userId, userId),
        eq(invitations.state, 'pending'),
      ),
    );
  return row ?? null;
}

/** One of the person's own invitations, locked for its answer; null when it is not theirs. */
export async function lockOwnInvitation(
  tx: Db,
  id: string,
  userId: string,
): Promise<InvitationRow | null> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.id, id), eq(invitations.userId, userId)))
    .for('update');
  return row ?? null;
}

export async function answerInvitation(
  tx: Db,
  row: InvitationRow,
  state: InvitationEnd,
  now: Date,
): Promise<InvitationRow> {
  const [updated] = await tx
    .update(invitations)
    .set({ state, answeredAt: now, updatedAt: now, version: row.version + 1 })
    .where(and(eq(invitations.workspaceId, row.workspaceId), eq(invitations.id, row.id)))
    .returning();
  return updated!;
}

/** The person's invitations across workspaces (pending ones, or the one named), oldest first. */
export async function listReceivedInvitations(
  tx: Db,
  userId: string,
  filter: { id: string } | { pending: true },
): Promise<ReceivedInvitation[]> {
  const which = 'id' in filter ? eq(invitations.id, filter.id) : eq(invitations.state, 'pending');
  return tx
    .select({
      invitation: invitations,
      workspace: { id: workspaces.id, name: workspaces.name },
      invitedBy: { name: users.name },
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(and(eq(invitations.userId, userId), which))
    .orderBy(asc(invitations.createdAt), asc(invitations.id));
}

/** One of the workspace's invitations, locked for a change. */
export async function lockWorkspaceInvitation(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<InvitationRow | null> {
  const [row] = await tx
    .select()
    .from(invitations)
    .where(and(eq(invitations.workspaceId, workspaceId), eq(invitations.id, id)))
    .for('update');
  return row ?? null;
}

/** A workspace's pending invitations by id (UUIDv7, so by sending), after the cursor id. */
export async function listWorkspaceInvitations(
  tx: Db,
  workspaceId: string,
  page: { limit: number; afterId: string | null },
): Promise<InvitationRow[]> {
  const conditions = [eq(invitations.workspaceId, workspaceId), eq(invitations.state, 'pending')];
  if (page.afterId) conditions.push(gt(invitations.id, page.afterId));
  return tx
    .select()
    .from(invitations)
    .where(and(...conditions))
    .orderBy(asc(invitations.id))
    .limit(page.limit);
}
