import { and, asc, desc, eq, gt, isNull, lt, or } from 'drizzle-orm';
import type { Db } from '../connection.ts';
import { apiTokens, sessions } from '../schema/identity.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
}

export async function findLiveSession(
  tx: Db,
  idHash: string,
  now: Date,
): Promise<SessionRow | null> {
  const [row] = await tx
    .select()
    .from(sessions)
    .where(and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now)));
  return row ?? null;
}

export async function deleteSession(tx: Db, idHash: string): Promise<void> {
  await tx.delete(sessions).where(eq(sessions.idHash, idHash));
}

export async function deleteExpiredSessions(tx: Db, now: Date): Promise<void> {
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
}

export async function switchSessionWorkspace(
  tx: Db,
  idHash: string,
  workspaceId: string,
): Promise<void> {
  await tx.update(sessions).set({ workspaceId }).where(eq(sessions.idHash, idHash));
}

export async function insertApiToken(tx: Db, row: typeof apiTokens.$inferInsert) {
  const [created] = await tx.insert(apiTokens).values(row).returning();
  return created!;
}

export async function findLiveApiToken(tx: Db, tokenHash: string): Promise<ApiTokenRow | null> {
  const [row] = await tx
    .select()
    .from(apiTokens)
    .where(and(eq(apiTokens.tokenHash, tokenHash), isNull(apiTokens.revokedAt)));
  return row ?? null;
}

/** Records use at most once a minute, so busy integrations do not write on every request. */
export async function touchApiToken(tx: Db, workspaceId: string, id: string, now: Date) {
  const aMinuteAgo = new Date(now.getTime() - 60_000);
  await tx
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(apiTokens.workspaceId, workspaceId),
        eq(apiTokens.id, id),
        or(isNull(apiTokens.lastUsedAt), lt(apiTokens.lastUsedAt, aMinuteAgo)),
      ),
    );
}

export async function listApiTokens(
  tx: Db,
  workspaceId: string,
  filter: { userId: string | null },
): Promise<ApiTokenRow[]> {
  const conditions = [eq(apiTokens.workspaceId, workspaceId), isNull(apiTokens.revokedAt)];
  if (filter.userId) conditions.push(eq(apiTokens.userId, filter.userId));
  return tx
    .select()
    .from(apiTokens)
    .where(and(...conditions))
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
}

export async function findApiToken(tx: Db, workspaceId: string, id: string) {
  const [row] = await tx
    .select()
    .from(apiTokens)
    .where(
      and(
        eq(apiTokens.workspaceId, workspaceId),
        eq(apiTokens.id, id),
        isNull(apiTokens.revokedAt),
      ),
    );
  return row ?? null;
}

export async function revokeApiToken(tx: Db, workspaceId: string, id: string, now: Date) {
  await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(and(eq(apiTokens.workspaceId, workspaceId), eq(apiTokens.id, id)));
}
