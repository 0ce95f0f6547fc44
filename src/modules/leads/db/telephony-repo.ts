import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { telephonyCalls } from './schema.ts';

export type TelephonyCallRow = typeof telephonyCalls.$inferSelect;
export type TelephonyCallInsert = typeof telephonyCalls.$inferInsert;

export async function findCall(
  tx: Db,
  workspaceId: string,
  callId: string,
): Promise<TelephonyCallRow | null> {
  const [row] = await tx
    .select()
    .from(telephonyCalls)
    .where(and(eq(telephonyCalls.workspaceId, workspaceId), eq(telephonyCalls.callId, callId)));
  return row ?? null;
}

/**
 * Claims the call id: true when this delivery is the first. A concurrent delivery of the same
 * call waits on the unique key and then sees it taken.
 */
export async function claimCall(tx: Db, row: TelephonyCallInsert): Promise<boolean> {
  const inserted = await tx
    .insert(telephonyCalls)
    .values(row)
    .onConflictDoNothing()
    .returning({ callId: telephonyCalls.callId });
  return inserted.length > 0;
}

export async function saveCallResult(
  tx: Db,
  workspaceId: string,
  callId: string,
  result: Record<string, unknown>,
) {
  await tx
    .update(telephonyCalls)
    .set({ result })
    .where(and(eq(telephonyCalls.workspaceId, workspaceId), eq(telephonyCalls.callId, callId)));
}
