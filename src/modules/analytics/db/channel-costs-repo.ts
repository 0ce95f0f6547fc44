import { and, asc, eq, gte, isNull, lte, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { channelCosts } from './schema.ts';

export type ChannelCostRow = typeof channelCosts.$inferSelect;

export interface ChannelCostKey {
  workspaceId: string;
  /** First day of the month. */
  month: string;
  channel: string;
  medium: string | null;
  campaign: string | null;
}

const nullable = (
  column: typeof channelCosts.medium | typeof channelCosts.campaign,
  value: string | null,
): SQL => (value === null ? isNull(column) : eq(column, value));

function keyConditions(key: ChannelCostKey): SQL[] {
  return [
    eq(channelCosts.workspaceId, key.workspaceId),
    eq(channelCosts.month, key.month),
    eq(channelCosts.channel, key.channel),
    nullable(channelCosts.medium, key.medium),
    nullable(channelCosts.campaign, key.campaign),
  ];
}

/** The cost of one month and source, locked for the update that follows. */
export async function lockChannelCost(tx: Db, key: ChannelCostKey): Promise<ChannelCostRow | null> {
  const [row] = await tx
    .select()
    .from(channelCosts)
    .where(and(...keyConditions(key)))
    .for('update');
  return row ?? null;
}

/** Inserts the cost unless another transaction just did (then null: update that one). */
export async function insertChannelCost(
  tx: Db,
  row: typeof channelCosts.$inferInsert,
): Promise<ChannelCostRow | null> {
  const [created] = await tx.insert(channelCosts).values(row).onConflictDoNothing().returning();
  return created ?? null;
}

export async function updateChannelCost(
  tx: Db,
  key: ChannelCostKey,
  patch: { amount: number; currency: string; updatedBy: string },
  expectedVersion: number | undefined,
  now: Date,
): Promise<ChannelCostRow | null> {
  const conditions = keyConditions(key);
  if (expectedVersion !== undefined) conditions.push(eq(channelCosts.version, expectedVersion));
  const [row] = await tx
    .update(channelCosts)
    .set({ ...patch, updatedAt: now, version: sql`${channelCosts.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

export async function findChannelCost(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<ChannelCostRow | null> {
  const [row] = await tx
    .select()
    .from(channelCosts)
    .where(and(eq(channelCosts.workspaceId, workspaceId), eq(channelCosts.id, id)));
  return row ?? null;
}

export async function deleteChannelCost(
  tx: Db,
  workspaceId: string,
  id: string,
  expectedVersion: number | undefined,
): Promise<ChannelCostRow | null> {
  const conditions = [eq(channelCosts.workspaceId, workspaceId), eq(channelCosts.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(channelCosts.version, expectedVersion));
  const [row] = await tx
    .delete(channelCosts)
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

/** Costs of the workspace, months in order, then by source (unnarrowed parts first). */
export async function listChannelCosts(
  tx: Db,
  workspaceId: string,
  filter: { from: string | null; to: string | null; channel: string | null },
): Promise<ChannelCostRow[]> {
  const conditions = [eq(channelCosts.workspaceId, workspaceId)];
  if (filter.from) conditions.push(gte(channelCosts.month, filter.from));
  if (filter.to) conditions.push(lte(channelCosts.month, filter.to));
  if (filter.channel) conditions.push(eq(channelCosts.channel, filter.channel));
  return tx
    .select()
    .from(channelCosts)
    .where(and(...conditions))
    .orderBy(
      asc(channelCosts.month),
      asc(channelCosts.channel),
      sql`${channelCosts.medium} asc nulls first`,
      sql`${channelCosts.campaign} asc nulls first`,
      asc(channelCosts.id),
    );
}
