import { and, asc, eq, inArray, isNull, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { goals } from './goals-schema.ts';
import { users } from '../../identity/index.ts';

export type GoalRow = typeof goals.$inferSelect;

export interface GoalKey {
  workspaceId: string;
  userId: string;
  measure: string;
  activityType: string | null;
  period: string;
}

function keyConditions(key: GoalKey): SQL[] {
  return [
    eq(goals.workspaceId, key.workspaceId),
    eq(goals.userId, key.userId),
    eq(goals.measure, key.measure),
    key.activityType === null
      ? isNull(goals.activityType)
      : eq(goals.activityType, key.activityType),
    eq(goals.period, key.period),
  ];
}

/** The goal of one person, measure and period, locked for the update that follows. */
export async function lockGoal(tx: Db, key: GoalKey): Promise<GoalRow | null> {
  const [row] = await tx
    .select()
    .from(goals)
    .where(and(...keyConditions(key)))
    .for('update');
  return row ?? null;
}

/** Inserts the goal unless another transaction just did (then null: update that one). */
export async function insertGoal(tx: Db, row: typeof goals.$inferInsert): Promise<GoalRow | null> {
  const [created] = await tx.insert(goals).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

export async function updateGoal(
  tx: Db,
  key: GoalKey,
  patch: { target: number; updatedBy: string },
  expectedVersion: number | undefined,
  now: Date,
): Promise<GoalRow | null> {
  const conditions = keyConditions(key);
  if (expectedVersion !== undefined) conditions.push(eq(goals.version, expectedVersion));
  const [row] = await tx
    .update(goals)
    .set({ ...patch, updatedAt: now, version: sql`${goals.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

export async function findGoal(tx: Db, workspaceId: string, id: string): Promise<GoalRow | null> {
  const [row] = await tx
    .select()
    .from(goals)
    .where(and(eq(goals.workspaceId, workspaceId), eq(goals.id, id)));
  return row ?? null;
}

export async function deleteGoal(
  tx: Db,
  workspaceId: string,
  id: string,
  expectedVersion: number | undefined,
): Promise<GoalRow | null> {
  const conditions = [eq(goals.workspaceId, workspaceId), eq(goals.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(goals.version, expectedVersion));
  const [row] = await tx
    .delete(goals)
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/** Goals of the workspace (of some people only, when given), by person name, measure, period. */
export async function listGoals(
  tx: Db,
  workspaceId: string,
  userIds: readonly string[] | null,
): Promise<GoalRow[]> {
  const conditions = [eq(goals.workspaceId, workspaceId)];
  if (userIds !== null) {
    if (userIds.length === 0) return [];
    conditions.push(inArray(goals.userId, [...userIds]));
  }
  const rows = await tx
    .select({ goal: goals })
    .from(goals)
    .innerJoin(users, eq(users.id, goals.userId))
    .where(and(...conditions))
    .orderBy(
      asc(users.name),
      asc(goals.userId),
      asc(goals.measure),
      sql`${goals.activityType} asc nulls first`,
      asc(goals.period),
    );
  return rows.map((r) => r.goal);
}
