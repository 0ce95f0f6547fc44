import { eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { users, workspaces } from './schema.ts';

/** A person's language (theirs, else their workspace's) and the workspace's currency: one row. */
export async function findReader(
  tx: Db,
  workspaceId: string,
  userId: string,
): Promise<{ locale: string; currency: string } | null> {
  const [row] = await tx
    .select({
      locale: sql<string>`coalesce(${users.locale}, ${workspaces.locale})`,
      currency: workspaces.currency,
    })
    .from(workspaces)
    .innerJoin(users, eq(users.id, userId))
    .where(eq(workspaces.id, workspaceId));
  return row ?? null;
}
