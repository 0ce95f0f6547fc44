import type { Db } from '../../../kernel/db/connection.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { findMember } from '../../identity/index.ts';
import type { LeadRow } from '../db/leads-repo.ts';
import type { AssignmentHow } from '../../../contract/leads.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';

/** One change of a lead's owner; `lead` is the row as it is after the change. */
export interface OwnerChange {
  lead: LeadRow;
  fromOwnerId: string | null;
}

/**
 * The `lead.assigned` event of an owner change: round robin on arrival (`routing`), the queue
 * picked up when capacity frees (`queue`), or by hand (`manual`, also back to the queue). The
 * event's owner and team are the new owner's, so lamps can count the leads handed to someone.
 */
export function assignmentEvent(
  change: { leadId: string; fromOwnerId: string | null; toOwnerId: string | null },
  dims: Partial<NewEvent>,
  how: AssignmentHow,
  actorId: string | null,
  now: Date,
): NewEvent {
  return {
    ...dims,
    leadId: change.leadId,
    ownerId: change.toOwnerId,
    type: 'lead.assigned',
    occurredAt: now,
    actorId,
    payload: { how, fromOwnerId: change.fromOwnerId, toOwnerId: change.toOwnerId },
  };
}

/** Appends a `lead.assigned` event per change (teams looked up once per owner). */
export async function recordAssignments(
  tx: Db,
  workspaceId: string,
  changes: readonly OwnerChange[],
  how: AssignmentHow,
  actorId: string | null,
  now: Date,
): Promise<void> {
  if (changes.length === 0) return;
  const teams = new Map<string, string | null>();
  const teamOf = async (userId: string) => {
    if (!teams.has(userId)) {
      teams.set(userId, (await findMember(tx, workspaceId, userId))?.membership.teamId ?? null);
    }
    return teams.get(userId)!;
  };
  const events: NewEvent[] = [];
  for (const { lead, fromOwnerId } of changes) {
    const dims: Partial<NewEvent> = {
      contactId: lead.contactId,
      companyId: lead.companyId,
      teamId: lead.ownerId ? await teamOf(lead.ownerId) : null,
      channel: lead.sourceChannel,
      medium: lead.sourceMedium,
      campaign: lead.sourceCampaign,
    };
    const change = { leadId: lead.id, fromOwnerId, toOwnerId: lead.ownerId };
    events.push(assignmentEvent(change, dims, how, actorId, now));
  }
  await appendEvents(tx, workspaceId, events);
}
