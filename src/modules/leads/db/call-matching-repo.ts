import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { deals } from '../../conveyor/index.ts';
import { memberships, users } from '../../identity/index.ts';

/** The contact's open deals, newest first (at most two: callers only need "exactly one?"). */
export async function openDealsOfContact(tx: Db, workspaceId: string, contactId: string) {
  return tx
    .select({ id: deals.id, ownerId: deals.ownerId })
    .from(deals)
    .where(
      and(
        eq(deals.workspaceId, workspaceId),
        eq(deals.contactId, contactId),
        eq(deals.status, 'open'),
      ),
    )
    .orderBy(desc(deals.createdAt), desc(deals.id))
    .limit(2);
}

/** The active member a telephony "agent" names: their user id or their e-mail. */
export async function findAgent(
  tx: Db,
  workspaceId: string,
  agent: string,
): Promise<string | null> {
  const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(agent);
  const [row] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        eq(memberships.active, true),
        isUuid
          ? eq(memberships.userId, agent)
          : sql`lower(${users.email}) = ${agent.toLowerCase()}`,
      ),
    );
  return row?.userId ?? null;
}
