import { and, asc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { teams } from './schema.ts';

export type TeamRow = typeof teams.$inferSelect;

export async function insertTeam(tx: Db, row: typeof teams.$inferInsert): Promise<TeamRow> {
  const [created] = await tx.insert(teams).values(row).returning();
  return created!;
}

export async function findTeam(tx: Db, workspaceId: string, id: string): Promise<TeamRow | null> {
  const [row] = await tx
    .select()
    .from(teams)
    .where(and(eq(teams.workspaceId, workspaceId), eq(teams.id, id)));
  return row ?? null;
}

export async function listTeams(tx: Db, workspaceId: string): Promise<TeamRow[]> {
  return tx
    .select()
    .from(teams)
    .where(eq(teams.workspaceId, workspaceId))
    .orderBy(asc(sql`lower(${teams.name})`), asc(teams.id));
}

export async function updateTeam(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: { name?: string },
  expectedVersion: number | undefined,
  now: Date,
): Promise<TeamRow | null> {
  const conditions = [eq(teams.workspaceId, workspaceId), eq(teams.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(teams.version, expectedVersion));
  const [row] = await tx
    .update(teams)
    .set({ ...patch, updatedAt: now, version: sql`${teams.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}
