import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead, forgetReads } from '../../../kernel/db/read-cache.ts';
import type { FirstStepsMarks } from '../domain/types.ts';
import { memberships, users, workspaces, type WorkspaceSettings } from './schema.ts';

export type WorkspaceRow = typeof workspaces.$inferSelect;

export async function insertWorkspace(tx: Db, row: typeof workspaces.$inferInsert) {
  const [created] = await tx.insert(workspaces).values(row).returning();
  return created!;
}

export async function findWorkspace(tx: Db, id: string): Promise<WorkspaceRow | null> {
  return cachedRead(tx, `workspace:${id}`, async () => {
    const [row] = await tx.select().from(workspaces).where(eq(workspaces.id, id));
    return row ?? null;
  });
}

export async function listWorkspacesOfUser(tx: Db, userId: string) {
  return tx
    .select({ id: workspaces.id, name: workspaces.name, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(workspaces.name, workspaces.id);
}

/**
 * Where a sign-in lands: the workspace the person last used, while they are still an active
 * member of it; else their oldest active membership (never a choice by workspace name).
 */
export async function findLandingWorkspaceId(tx: Db, userId: string): Promise<string | null> {
  const [row] = await tx
    .select({ id: memberships.workspaceId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.userId, userId), eq(memberships.active, true)))
    .orderBy(
      sql`(${memberships.workspaceId} = ${users.lastWorkspaceId}) is true desc`,
      memberships.createdAt,
      memberships.workspaceId,
    )
    .limit(1);
  return row?.id ?? null;
}

export interface WorkspacePatch {
  name?: string;
  locale?: string;
  timezone?: string;
  currency?: string;
  settings?: WorkspaceSettings;
}

/** Updates only when the stored version matches (when one is expected); null otherwise. */
export async function updateWorkspace(
  tx: Db,
  id: string,
  patch: WorkspacePatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<WorkspaceRow | null> {
  const where =
    expectedVersion === undefined
      ? eq(workspaces.id, id)
      : and(eq(workspaces.id, id), eq(workspaces.version, expectedVersion));
  const [row] = await tx
    .update(workspaces)
    .set({ ...patch, updatedAt: now, version: sql`${workspaces.version} + 1` })
    .where(where)
    .returning();
  forgetReads('workspace');
  return row ?? null;
}

/**
 * Merges marks into the workspace's first-steps settings. Not an edit of the workspace: the
 * version stays, so an admin's open workspace form is not refused as stale for it.
 */
export async function markFirstSteps(tx: Db, id: string, marks: FirstStepsMarks): Promise<void> {
  await tx
    .update(workspaces)
    .set({
      settings: sql`jsonb_set(${workspaces.settings}, '{firstSteps}', coalesce(${workspaces.settings} -> 'firstSteps', '{}'::jsonb) || ${JSON.stringify(marks)}::jsonb)`,
    })
    .where(eq(workspaces.id, id));
  forgetReads('workspace');
}

/** The workspace a command-line call acts on when none is named: the oldest one. */
export async function findOldestWorkspaceId(tx: Db): Promise<string | null> {
  const [row] = await tx
    .select({ id: workspaces.id })
    .from(workspaces)
    .orderBy(workspaces.createdAt, workspaces.id)
    .limit(1);
  return row?.id ?? null;
}

export async function findFirstAdminId(tx: Db, workspaceId: string): Promise<string | null> {
  const [row] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.role, 'admin'),
        eq(memberships.active, true),
      ),
    )
    .orderBy(memberships.createdAt)
    .limit(1);
  return row?.userId ?? null;
}

/** Every workspace id, for jobs that visit each workspace in turn. */
export async function listWorkspaceIds(tx: Db): Promise<string[]> {
  const rows = await tx.select({ id: workspaces.id }).from(workspaces).orderBy(workspaces.id);
  return rows.map((r) => r.id);
}

/** An account by e-mail with the workspaces it is an active member of (none: no rows). */
export async function findAccountWorkspaces(
  tx: Db,
  email: string,
): Promise<Array<{ userId: string; email: string; workspaceId: string }>> {
  return tx
    .select({ userId: users.id, email: users.email, workspaceId: memberships.workspaceId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(sql`lower(${users.email}) = ${email.toLowerCase()}`, eq(memberships.active, true)))
    .orderBy(memberships.workspaceId);
}
