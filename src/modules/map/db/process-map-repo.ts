import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { forgetReads } from '../../../kernel/db/read-cache.ts';
import { processGroupLinks, processGroups, processMapVersions } from './schema.ts';

export type MapVersionRow = typeof processMapVersions.$inferSelect;
export type GroupRow = typeof processGroups.$inferSelect;
/** A group with the ids of the groups its result feeds, in their order. */
export type GroupRecord = GroupRow & { next: string[] };

export async function findActiveVersion(
  tx: Db,
  workspaceId: string,
): Promise<MapVersionRow | null> {
  const [row] = await tx
    .select()
    .from(processMapVersions)
    .where(
      and(eq(processMapVersions.workspaceId, workspaceId), eq(processMapVersions.state, 'active')),
    )
    .orderBy(asc(processMapVersions.createdAt))
    .limit(1);
  return row ?? null;
}

export async function insertVersion(
  tx: Db,
  row: typeof processMapVersions.$inferInsert,
): Promise<MapVersionRow> {
  const [created] = await tx.insert(processMapVersions).values(row).returning();
  return created!;
}

async function withLinks(tx: Db, workspaceId: string, rows: GroupRow[]): Promise<GroupRecord[]> {
  if (rows.length === 0) return [];
  const links = await tx
    .select()
    .from(processGroupLinks)
    .where(
      and(
        eq(processGroupLinks.workspaceId, workspaceId),
        inArray(
          processGroupLinks.fromGroupId,
          rows.map((r) => r.id),
        ),
      ),
    )
    .orderBy(asc(processGroupLinks.position));
  return rows.map((r) => ({
    ...r,
    next: links.filter((l) => l.fromGroupId === r.id).map((l) => l.toGroupId),
  }));
}

export async function listGroups(
  tx: Db,
  workspaceId: string,
  versionId: string,
): Promise<GroupRecord[]> {
  const rows = await tx
    .select()
    .from(processGroups)
    .where(and(eq(processGroups.workspaceId, workspaceId), eq(processGroups.versionId, versionId)))
    .orderBy(asc(processGroups.position), asc(processGroups.id));
  return withLinks(tx, workspaceId, rows);
}

export async function findGroup(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<GroupRecord | null> {
  const rows = await tx
    .select()
    .from(processGroups)
    .where(and(eq(processGroups.workspaceId, workspaceId), eq(processGroups.id, id)));
  const [record] = await withLinks(tx, workspaceId, rows);
  return record ?? null;
}

/** The ids among these that are groups of the given map version. */
export async function groupIdsInVersion(
  tx: Db,
  workspaceId: string,
  versionId: string,
  ids: readonly string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: processGroups.id })
    .from(processGroups)
    .where(
      and(
        eq(processGroups.workspaceId, workspaceId),
        eq(processGroups.versionId, versionId),
        inArray(processGroups.id, [...ids]),
      ),
    );
  return new Set(rows.map((r) => r.id));
}

export async function insertGroup(
  tx: Db,
  row: Omit<typeof processGroups.$inferInsert, 'position'> & { position?: number },
): Promise<GroupRow> {
  let position = row.position;
  if (position === undefined) {
    const [next] = await tx
      .select({ n: sql<number>`coalesce(max(${processGroups.position}) + 1, 0)::int` })
      .from(processGroups)
      .where(
        and(
          eq(processGroups.workspaceId, row.workspaceId),
          eq(processGroups.versionId, row.versionId),
        ),
      );
    position = next?.n ?? 0;
  }
  const [created] = await tx
    .insert(processGroups)
    .values({ ...row, position })
    .returning();
  return created!;
}

export type GroupPatch = Partial<
  Pick<
    GroupRow,
    | 'name'
    | 'kind'
    | 'result'
    | 'mode'
    | 'cadence'
    | 'trigger'
    | 'ownerUserId'
    | 'ownerTeamId'
    | 'processes'
    | 'position'
  >
>;

/** Applies the patch when the version matches (or none is expected); null when it did not. */
export async function updateGroup(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: GroupPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<GroupRow | null> {
  const conditions = [eq(processGroups.workspaceId, workspaceId), eq(processGroups.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(processGroups.version, expectedVersion));
  const [row] = await tx
    .update(processGroups)
    .set({ ...patch, updatedAt: now, version: sql`${processGroups.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

export async function replaceLinks(
  tx: Db,
  workspaceId: string,
  fromGroupId: string,
  next: readonly string[],
): Promise<void> {
  await tx
    .delete(processGroupLinks)
    .where(
      and(
        eq(processGroupLinks.workspaceId, workspaceId),
        eq(processGroupLinks.fromGroupId, fromGroupId),
      ),
    );
  if (next.length === 0) return;
  await tx
    .insert(processGroupLinks)
    .values(next.map((toGroupId, position) => ({ workspaceId, fromGroupId, toGroupId, position })));
}

/** Deletes the group; its links and lamps go with it (foreign keys cascade). */
export async function deleteGroup(tx: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(processGroups)
    .where(and(eq(processGroups.workspaceId, workspaceId), eq(processGroups.id, id)))
    .returning({ id: processGroups.id });
  // Its lamps went with it: a memoised lamp must not outlive them.
  forgetReads('lamp');
  return rows.length > 0;
}
