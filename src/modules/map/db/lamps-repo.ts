import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead, forgetReads } from '../../../kernel/db/read-cache.ts';
import { lampReadings, lamps, processGroups } from './schema.ts';

export type LampRow = typeof lamps.$inferSelect;
export type LampReadingRow = typeof lampReadings.$inferSelect;

export async function insertLamp(tx: Db, row: typeof lamps.$inferInsert): Promise<LampRow> {
  const [created] = await tx.insert(lamps).values(row).returning();
  return created!;
}

export async function findLamp(tx: Db, workspaceId: string, id: string): Promise<LampRow | null> {
  return cachedRead(tx, `lamp:${workspaceId}:${id}`, async () => {
    const [row] = await tx
      .select()
      .from(lamps)
      .where(and(eq(lamps.workspaceId, workspaceId), eq(lamps.id, id)));
    return row ?? null;
  });
}

/** The lamps of a map version, in group order, then start → middle → end. */
export async function listLampsOfVersion(
  tx: Db,
  workspaceId: string,
  versionId: string,
): Promise<LampRow[]> {
  const rows = await tx
    .select({ lamp: lamps })
    .from(lamps)
    .innerJoin(
      processGroups,
      and(eq(processGroups.workspaceId, lamps.workspaceId), eq(processGroups.id, lamps.groupId)),
    )
    .where(and(eq(lamps.workspaceId, workspaceId), eq(processGroups.versionId, versionId)))
    .orderBy(
      asc(processGroups.position),
      sql`array_position(array['start','middle','end'], ${lamps.position})`,
      asc(lamps.createdAt),
      asc(lamps.id),
    );
  return rows.map((r) => r.lamp);
}

/** The lamps of one group, start → middle → end. */
export async function listLampsOfGroup(
  tx: Db,
  workspaceId: string,
  groupId: string,
): Promise<LampRow[]> {
  return tx
    .select()
    .from(lamps)
    .where(and(eq(lamps.workspaceId, workspaceId), eq(lamps.groupId, groupId)))
    .orderBy(
      sql`array_position(array['start','middle','end'], ${lamps.position})`,
      asc(lamps.createdAt),
      asc(lamps.id),
    );
}

export type LampPatch = Partial<Pick<LampRow, 'position' | 'name' | 'metric' | 'thresholds'>>;

export async function updateLamp(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: LampPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<LampRow | null> {
  const conditions = [eq(lamps.workspaceId, workspaceId), eq(lamps.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(lamps.version, expectedVersion));
  const [row] = await tx
    .update(lamps)
    .set({ ...patch, updatedAt: now, version: sql`${lamps.version} + 1` })
    .where(and(...conditions))
    .returning();
  forgetReads('lamp');
  return row ?? null;
}

export async function deleteLamp(tx: Db, workspaceId: string, id: string): Promise<boolean> {
  const rows = await tx
    .delete(lamps)
    .where(and(eq(lamps.workspaceId, workspaceId), eq(lamps.id, id)))
    .returning({ id: lamps.id });
  forgetReads('lamp');
  return rows.length > 0;
}

export async function listReadings(
  tx: Db,
  workspaceId: string,
  lampIds: string[],
  weeks: string[],
): Promise<LampReadingRow[]> {
  if (lampIds.length === 0 || weeks.length === 0) return [];
  return tx
    .select()
    .from(lampReadings)
    .where(
      and(
        eq(lampReadings.workspaceId, workspaceId),
        inArray(lampReadings.lampId, lampIds),
        inArray(lampReadings.week, weeks),
      ),
    );
}

/** A hand-entered value replaces the week's reading; a snapshot never overwrites one. */
export async function putReading(
  tx: Db,
  row: typeof lampReadings.$inferInsert,
  mode: 'replace' | 'keep',
): Promise<void> {
  const insert = tx.insert(lampReadings).values(row);
  if (mode === 'keep') {
    await insert.onConflictDoNothing();
    return;
  }
  await insert.onConflictDoUpdate({
    target: [lampReadings.workspaceId, lampReadings.lampId, lampReadings.week],
    set: {
      value: row.value ?? null,
      source: row.source,
      recordedBy: row.recordedBy ?? null,
      recordedAt: row.recordedAt ?? new Date(),
    },
  });
}

export async function deleteReading(
  tx: Db,
  workspaceId: string,
  lampId: string,
  week: string,
): Promise<void> {
  await tx
    .delete(lampReadings)
    .where(
      and(
        eq(lampReadings.workspaceId, workspaceId),
        eq(lampReadings.lampId, lampId),
        eq(lampReadings.week, week),
      ),
    );
}
