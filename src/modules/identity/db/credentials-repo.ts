import { and, asc, desc, eq, gt, isNull, lt, or, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { apiTokens, memberships, sessions, workspaces } from './schema.ts';

export type SessionRow = typeof sessions.$inferSelect;
export type ApiTokenRow = typeof apiTokens.$inferSelect;

export async function insertSession(tx: Db, row: typeof sessions.$inferInsert): Promise<void> {
  await tx.insert(sessions).values(row);
}

/** Deletes a session; whose it was and where, or null when there was none. */
export async function deleteSession(
  tx: Db,
  idHash: string,
): Promise<{ workspaceId: string; userId: string } | null> {
  const [ended] = await tx
    .delete(sessions)
    .where(eq(sessions.idHash, idHash))
    .returning({ workspaceId: sessions.workspaceId, userId: sessions.userId });
  return ended ?? null;
}

export async function deleteExpiredSessions(tx: Db, now: Date): Promise<void> {
  await tx.delete(sessions).where(lt(sessions.expiresAt, now));
}

/**
 * Ends a deactivated member's access to the workspace: their live API tokens there are revoked
 * (reactivation does not revive them) and their sessions there deleted.
 */
export async function revokeMemberCredentials(
  tx: Db,
  workspaceId: string,
  userId: string,
  now: Date,
): Promise<void> {
  await tx
    .update(apiTokens)
    .set({ revokedAt: now })
    .where(
      and(
        eq(apiTokens.workspaceId, workspaceId),
        eq(apiTokens.userId, userId),
        isNull(apiTokens.revokedAt),
      ),
    );
  await tx
    .delete(sessions)
    .where(and(eq(sessions.workspaceId, workspaceId), eq(sessions.userId, userId)));
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

// Authentication runs before every request, so its two statements are prepared once per
// connection under a name (on PostgreSQL: parsed and planned once, not per request; the token's
// statement with its CTE took ~0.37 ms unnamed against ~0.09 ms prepared here, ADR 022). The
// values come in as placeholders; one prepared query per database handle.

/** The workspace's record permissions ride along, so a request still authenticates in one trip. */
const permissionsSetting = sql<unknown>`${workspaces.settings} -> 'permissions'`;

function tokenHolderQuery(db: Db) {
  // Marks the token's use at most once a minute; the update rides along in a CTE, so this stays
  // one statement. Every part of a WITH sees the same snapshot: the select reads the token as
  // it was before the touch, and the touch does not depend on the membership.
  const touched = db.$with('touched', { id: sql<string>`id` }).as(
    sql`update ${apiTokens} set last_used_at = ${sql.placeholder('now')}::timestamptz
      where token_hash = ${sql.placeholder('tokenHash')} and revoked_at is null
        and (last_used_at is null or last_used_at < ${sql.placeholder('aMinuteAgo')}::timestamptz)
      returning id`,
  );
  return db
    .with(touched)
    .select({
      workspaceId: apiTokens.workspaceId,
      userId: apiTokens.userId,
      scopes: apiTokens.scopes,
      delegated: sql<boolean>`${apiTokens.createdBy} <> ${apiTokens.userId}`,
      role: memberships.role,
      teamId: memberships.teamId,
      permissions: permissionsSetting,
    })
    .from(apiTokens)
    .innerJoin(
      memberships,
      and(
        eq(memberships.workspaceId, apiTokens.workspaceId),
        eq(memberships.userId, apiTokens.userId),
      ),
    )
    .innerJoin(workspaces, eq(workspaces.id, apiTokens.workspaceId))
    .where(
      and(
        eq(apiTokens.tokenHash, sql.placeholder('tokenHash')),
        isNull(apiTokens.revokedAt),
        eq(memberships.active, true),
      ),
    )
    .prepare('authenticate_token');
}

function sessionHolderQuery(db: Db) {
  return db
    .select({
      workspaceId: sessions.workspaceId,
      userId: sessions.userId,
      role: memberships.role,
      teamId: memberships.teamId,
      permissions: permissionsSetting,
    })
    .from(sessions)
    .innerJoin(
      memberships,
      and(
        eq(memberships.workspaceId, sessions.workspaceId),
        eq(memberships.userId, sessions.userId),
      ),
    )
    .innerJoin(workspaces, eq(workspaces.id, sessions.workspaceId))
    .where(
      and(
        eq(sessions.idHash, sql.placeholder('idHash')),
        gt(sessions.expiresAt, sql`${sql.placeholder('now')}::timestamptz`),
        eq(memberships.active, true),
      ),
    )
    .prepare('authenticate_session');
}

const tokenHolderQueries = new WeakMap<Db, ReturnType<typeof tokenHolderQuery>>();
const sessionHolderQueries = new WeakMap<Db, ReturnType<typeof sessionHolderQuery>>();

function cached<Q>(cache: WeakMap<Db, Q>, db: Db, make: (db: Db) => Q): Q {
  let query = cache.get(db);
  if (!query) cache.set(db, (query = make(db)));
  return query;
}

/** The active member behind a credential, with what authorisation needs to know of them. */
export interface CredentialHolder {
  workspaceId: string;
  userId: string;
  role: string;
  teamId: string | null;
  /** The workspace's `permissions` setting as stored (absent in older workspaces). */
  permissions: unknown;
}

export interface TokenHolder extends CredentialHolder {
  scopes: string[];
  /** Issued by someone other than its holder (an admin, for them). */
  delegated: boolean;
}

/** The active member behind a live API token, marking its use at most once a minute. */
export async function findTokenHolder(
  tx: Db,
  tokenHash: string,
  now: Date,
): Promise<TokenHolder | null> {
  const [row] = await cached(tokenHolderQueries, tx, tokenHolderQuery).execute({
    tokenHash,
    now: now.toISOString(),
    aMinuteAgo: new Date(now.getTime() - 60_000).toISOString(),
  });
  return row ?? null;
}

/**
 * The active member behind a live session, in one statement (a join), so cookie requests —
 * the web app's, e.g. a drag on the board — authenticate in one round trip, like tokens.
 */
export async function findSessionHolder(
  tx: Db,
  idHash: string,
  now: Date,
): Promise<CredentialHolder | null> {
  const [row] = await cached(sessionHolderQueries, tx, sessionHolderQuery).execute({
    idHash,
    now: now.toISOString(),
  });
  return row ?? null;
}
