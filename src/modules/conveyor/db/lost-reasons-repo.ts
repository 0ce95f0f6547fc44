import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { lostReasons, stages } from './schema.ts';

export type LostReasonRow = typeof lostReasons.$inferSelect;

export async function insertLostReason(
  tx: Db,
  row: Omit<typeof lostReasons.$inferInsert, 'position'>,
): Promise<LostReasonRow> {
  const [next] = await tx
    .select({ n: sql<number>`coalesce(max(${lostReasons.position}) + 1, 0)::int` })
    .from(lostReasons)
    .where(eq(lostReasons.workspaceId, row.workspaceId));
  const [created] = await tx
    .insert(lostReasons)
    .values({ ...row, position: next?.n ?? 0 })
    .returning();
  return created!;
}

export async function findLostReason(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<LostReasonRow | null> {
  const [row] = await tx
    .select()
    .from(lostReasons)
    .where(and(eq(lostReasons.workspaceId, workspaceId), eq(lostReasons.id, id)));
  return row ?? null;
}

export async function listLostReasons(
  tx: Db,
  workspaceId: string,
  filter: { active: boolean | null },
): Promise<LostReasonRow[]> {
  const conditions = [eq(lostReasons.workspaceId, workspaceId)];
  if (filter.active !== null) conditions.push(eq(lostReasons.active, filter.active));
  return tx
    .select()
    .from(lostReasons)
    .where(and(...conditions))
    .orderBy(asc(lostReasons.position), asc(lostReasons.id));
}

export async function updateLostReason(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: {
    name?: string;
    standard?: string;
    stageIds?: string[] | null;
    revisitDays?: number | null;
    active?: boolean;
  },
  expectedVersion: number | undefined,
  now: Date,
): Promise<LostReasonRow | null> {
  const conditions = [eq(lostReasons.workspaceId, workspaceId), eq(lostReasons.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(lostReasons.version, expectedVersion));
  const [row] = await tx
    .update(lostReasons)
    .set({ ...patch, updatedAt: now, version: sql`${lostReasons.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/** The ids among these that are stages of the workspace. */
export async function existingStageIds(
  tx: Db,
  workspaceId: string,
  ids: string[],
): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await tx
    .select({ id: stages.id })
    .from(stages)
    .where(and(eq(stages.workspaceId, workspaceId), inArray(stages.id, ids)));
  return new Set(rows.map((r) => r.id));
}

/**
 * Removed stages disappear from the stage limits of loss reasons. A reason left with no stage is
 * retired rather than widened to every stage.
 */
export async function forgetStagesInLostReasons(tx: Db, workspaceId: string, stageIds: string[]) {
  for (const stageId of stageIds) {
    await tx
      .update(lostReasons)
      .set({
        stageIds: sql`nullif(array_remove(${lostReasons.stageIds}, ${stageId}::uuid), '{}')`,
        active: sql`${lostReasons.active} and cardinality(array_remove(${lostReasons.stageIds}, ${stageId}::uuid)) > 0`,
      })
      .where(
        and(
          eq(lostReasons.workspaceId, workspaceId),
          sql`${stageId}::uuid = any(${lostReasons.stageIds})`,
        ),
      );
  }
}
