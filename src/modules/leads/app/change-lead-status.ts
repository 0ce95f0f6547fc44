import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { updateLead, type LeadRow } from '../db/leads-repo.ts';
import { secondsToFirstContact, statusPath } from '../domain/lead-status.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { leadDimensions } from './lead-events.ts';
import { lockLead } from './load-open-lead.ts';
import type { LeadStatus } from '../../../contract/leads.ts';
import type { LeadTarget } from '../../../contract/leads.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';

export interface ChangeLeadStatusInput {
  leadId: string;
  status: LeadTarget;
  expectedVersion?: number;
}

/**
 * Moves a lead forward (409 invalid_transition otherwise). A skip records one event per status
 * passed (new → mql: lead.contacted, lead.replied, lead.mql), so status counts stay consistent;
 * lead.contacted carries the seconds from creation to first contact.
 */
export async function changeLeadStatus(
  input: ChangeLeadStatusInput,
  { actor, tx, clock }: Deps,
): Promise<LeadRow> {
  const lead = await lockLead(tx, actor, input.leadId, input.expectedVersion);
  const passed = statusPath(lead.status as LeadStatus, input.status);
  const now = clock.now();
  const firstContact = passed.includes('contacted') && !lead.firstContactedAt;
  const updated = (await updateLead(
    tx,
    actor.workspaceId,
    lead.id,
    { status: input.status, ...(firstContact ? { firstContactedAt: now } : {}) },
    undefined,
    now,
  ))!;
  const dims = await leadDimensions(tx, updated);
  const list: NewEvent[] = passed.map((status) => ({
    ...dims,
    type: `lead.${status}` as const,
    occurredAt: now,
    actorId: actor.userId,
    durationSeconds: status === 'contacted' ? secondsToFirstContact(lead.createdAt, now) : null,
  }));
  await appendEvents(tx, actor.workspaceId, list);
  return updated;
}
