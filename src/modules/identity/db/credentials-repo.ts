import { and, asc, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { apiTokens, memberships, sessions } from './schema.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
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

export interface TokenHolder {
  workspaceId: string;
  userId: string;
  scopes: string[];
  role: string;
}

/**
 * The active member behind a live API token, marking its use at most once a minute — one
 * statement, as every bearer request runs it (the update rides along in a CTE).
 */
export async function findTokenHolder(
  tx: Db,
  tokenHash: string,
  now: Date,
): Promise<TokenHolder | null> {
  const aMinuteAgo = new Date(now.getTime() - 60_000).toISOString();
  const [row] = await rawRows<{
    workspace_id: string;
    user_id: string;
    scopes: string[];
    role: string;
  }>(
    tx,
    sql`with token as (
        select t.workspace_id, t.id, t.user_id, t.scopes from api_tokens t
        where t.token_hash = ${tokenHash} and t.revoked_at is null
      ), touched as (
        update api_tokens u set last_used_at = ${now.toISOString()}::timestamptz
        from token where u.workspace_id = token.workspace_id and u.id = token.id
          and (u.last_used_at is null or u.last_used_at < ${aMinuteAgo}::timestamptz)
        returning u.id
      )
      select token.workspace_id, token.user_id, token.scopes, m.role from token
      join memberships m on m.workspace_id = token.workspace_id and m.user_id = token.user_id
      where m.active`,
  );
  return row
    ? { workspaceId: row.workspace_id, userId: row.user_id, scopes: row.scopes, role: row.role }
    : null;
}

/**
 * The active member behind a live session, in one statement (a join), so cookie requests —
 * the web app's, e.g. a drag on the board — authenticate in one round trip, like tokens.
 */
export async function findSessionHolder(
  tx: Db,
  idHash: string,
  now: Date,
): Promise<{ workspaceId: string; userId: string; role: string } | null> {
  const [row] = await tx
    .select({ workspaceId: sessions.workspaceId, userId: sessions.userId, role: memberships.role })
    .from(sessions)
    .innerJoin(
      memberships,
      and(
        eq(memberships.workspaceId, sessions.workspaceId),
        eq(memberships.userId, sessions.userId),
      ),
    )
    .where(
      and(eq(sessions.idHash, idHash), gt(sessions.expiresAt, now), eq(memberships.active, true)),
    );
  return row ?? null;
}
