import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { disqualificationReasons } from './schema.ts';

export type DisqualificationReasonRow = typeof disqualificationReasons.$inferSelect;
export type DisqualificationReasonPatch = Partial<
  Pick<DisqualificationReasonRow, 'name' | 'standard' | 'revisitDays' | 'active'>
>;

/** Adds reasons at the end of the workspace's list, in the given order. */
export async function insertDisqualificationReasons(
  tx: Db,
  workspaceId: string,
  rows: Omit<typeof disqualificationReasons.$inferInsert, 'position' | 'workspaceId'>[],
): Promise<DisqualificationReasonRow[]> {
  if (rows.length === 0) return [];
  const [next] = await tx
    .select({ n: sql<number>`coalesce(max(${disqualificationReasons.position}) + 1, 0)::int` })
    .from(disqualificationReasons)
    .where(eq(disqualificationReasons.workspaceId, workspaceId));
  const start = next?.n ?? 0;
  return tx
    .insert(disqualificationReasons)
    .values(rows.map((row, i) => ({ ...row, workspaceId, position: start + i })))
    .returning();
}

export async function findDisqualificationReason(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<DisqualificationReasonRow | null> {
  const [row] = await tx
    .select()
    .from(disqualificationReasons)
    .where(
      and(eq(disqualificationReasons.workspaceId, workspaceId), eq(disqualificationReasons.id, id)),
    );
  return row ?? null;
}

export async function listDisqualificationReasons(
  tx: Db,
  workspaceId: string,
  filter: { active: boolean | null },
): Promise<DisqualificationReasonRow[]> {
  const conditions = [eq(disqualificationReasons.workspaceId, workspaceId)];
  if (filter.active !== null) conditions.push(eq(disqualificationReasons.active, filter.active));
  return tx
    .select()
    .from(disqualificationReasons)
    .where(and(...conditions))
    .orderBy(asc(disqualificationReasons.position), asc(disqualificationReasons.id));
}

export async function updateDisqualificationReason(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: DisqualificationReasonPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<DisqualificationReasonRow | null> {
  const conditions = [
    eq(disqualificationReasons.workspaceId, workspaceId),
    eq(disqualificationReasons.id, id),
  ];
  if (expectedVersion !== undefined)
    conditions.push(eq(disqualificationReasons.version, expectedVersion));
  const [row] = await tx
    .update(disqualificationReasons)
    .set({ ...patch, updatedAt: now, version: sql`${disqualificationReasons.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/** Workspaces that have never had a disqualification reason (made before the list existed). */
export async function workspacesWithoutDisqualificationReasons(tx: Db): Promise<string[]> {
  const rows = await rawRows<{ id: string }>(
    tx,
    sql`select w.id from workspaces w
      where not exists (select 1 from disqualification_reasons r where r.workspace_id = w.id)
      order by w.id`,
  );
  return rows.map((r) => r.id);
}
