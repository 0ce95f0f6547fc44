import type { Reaction } from '../../../kernel/app/reactions.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { unassignedQueue } from '../db/leads-repo.ts';
import { assignLeads, lockRouting, memberLoads, setLastAssigned } from '../db/routing-repo.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { hasCapacity, pickOwner, planAssignments } from '../domain/assignment.ts';
import { recordAssignments } from './assignment-events.ts';

/** How many queued leads one pick-up looks at; the rest wait for the next free slot. */
const PICK_UP_BATCH = 500;

/**
 * The owner of a new lead by round robin among active hunters under their limit; null (the
 * unassigned queue) when all are full. Holds the workspace's routing lock until commit.
 */
export async function routeNewLead(tx: Db, workspaceId: string): Promise<string | null> {
  const last = await lockRouting(tx, workspaceId);
  const ownerId = pickOwner(await memberLoads(tx, workspaceId), last);
  if (ownerId) await setLastAssigned(tx, workspaceId, ownerId);
  return ownerId;
}

/** A lead given by hand: the member must be below their limit, else 409 lead_limit_reached. */
export async function assertCanTakeLead(tx: Db, workspaceId: string, userId: string) {
  await lockRouting(tx, workspaceId);
  const member = (await memberLoads(tx, workspaceId)).find((m) => m.userId === userId);
  if (member && !hasCapacity(member)) {
    throw new DomainError(
      'lead_limit_reached',
      `${member.name} already has ${member.openLeads} open leads, the limit is ${member.leadLimit}.`,
      { userId, leadLimit: member.leadLimit, openLeads: member.openLeads },
    );
  }
}

/**
 * Hands queued leads to members with free capacity, oldest lead first, by round robin, each
 * with its `lead.assigned` (how: queue) attributed to whoever freed the capacity. Called in the
 * transaction that frees capacity (a lead closed or reassigned, a limit raised).
 */
export async function pickUpQueue(tx: Db, workspaceId: string, actorId: string, now: Date) {
  const last = await lockRouting(tx, workspaceId);
  const queue = await unassignedQueue(tx, workspaceId, PICK_UP_BATCH);
  if (queue.length === 0) return [];
  const plan = planAssignments(await memberLoads(tx, workspaceId), last, queue);
  if (plan.assignments.length === 0) return [];
  const assigned = await assignLeads(tx, workspaceId, plan.assignments, now);
  await setLastAssigned(tx, workspaceId, plan.lastAssignedId!);
  const changes = assigned.map((lead) => ({ lead, fromOwnerId: null }));
  await recordAssignments(tx, workspaceId, changes, 'queue', actorId, now);
  return plan.assignments;
}

/** A member whose capacity or roles changed picks up what waits in the queue. */
export const pickUpQueueOnRoutingChange: Reaction<'member.routing_changed'> = async (
  { workspaceId, actorId },
  { tx, clock },
) => {
  await pickUpQueue(tx, workspaceId, actorId, clock.now());
};
