import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { lockRouting } from '../db/routing-repo.ts';
import { updateLead, type LeadRow } from '../db/leads-repo.ts';
import { assertCanDisqualify } from '../domain/lead-status.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { leadDimensions } from './lead-events.ts';
import { lockLead } from './load-open-lead.ts';
import { pickUpQueue } from './routing.ts';
import type { LeadStatus } from '../../../contract/leads.ts';

export interface DisqualifyLeadInput {
  leadId: string;
  reason: string;
  expectedVersion?: number;
}

/** Closes an open lead with a reason; its owner's freed slot takes a lead from the queue. */
export async function disqualifyLead(
  input: DisqualifyLeadInput,
  { actor, tx, clock }: Deps,
): Promise<LeadRow> {
  await lockRouting(tx, actor.workspaceId);
  const lead = await lockLead(tx, actor, input.leadId, input.expectedVersion);
  assertCanDisqualify(lead.status as LeadStatus);
  const now = clock.now();
  const updated = (await updateLead(
    tx,
    actor.workspaceId,
    lead.id,
    { status: 'disqualified', disqualifyReason: input.reason, closedAt: now },
    undefined,
    now,
  ))!;
  await appendEvents(tx, actor.workspaceId, [
    {
      ...(await leadDimensions(tx, updated)),
      type: 'lead.disqualified',
      occurredAt: now,
      actorId: actor.userId,
      payload: { reason: input.reason, from: lead.status },
    },
  ]);
  if (lead.ownerId) await pickUpQueue(tx, actor.workspaceId, actor.userId, now);
  return updated;
}
