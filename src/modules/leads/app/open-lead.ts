import type { Db } from '../../../kernel/db/connection.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { insertLead, type LeadRow } from '../db/leads-repo.ts';
import { assertMember } from '../../identity/index.ts';
import { assignmentEvent } from './assignment-events.ts';
import { leadDimensions } from './lead-events.ts';
import { matchAccounts } from './match-accounts.ts';
import { assertCanTakeLead, routeNewLead } from './routing.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';
import type { Channel } from '../../../contract/sources.ts';

/** A new lead's fields, e-mail and phone already normalised. */
export interface NewLeadFields {
  name: string;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  message?: string | null;
  source: { channel: Channel; medium?: string | null; campaign?: string | null };
  /** Absent: assigned by round robin (or left in the queue). */
  ownerId?: string;
  /** Where it came from beyond the source (form id, utm_source, call id), for lead.created. */
  origin?: Record<string, unknown>;
}

/**
 * Records a new lead: owner by hand (within their limit) or by round robin, linked to an
 * existing contact/company with the same e-mail or phone, and its lead.created event. Shared by
 * the API, web forms and telephony so every entry point follows the same rules.
 */
export async function openLead(
  tx: Db,
  workspaceId: string,
  fields: NewLeadFields,
  actorId: string | null,
  now: Date,
): Promise<LeadRow> {
  let ownerId: string | null;
  if (fields.ownerId) {
    await assertMember(tx, workspaceId, fields.ownerId, 'ownerId');
    await assertCanTakeLead(tx, workspaceId, fields.ownerId);
    ownerId = fields.ownerId;
  } else {
    ownerId = await routeNewLead(tx, workspaceId);
  }
  const email = fields.email ?? null;
  const phone = fields.phone ?? null;
  const links = await matchAccounts(tx, workspaceId, { email, phone });
  const lead = await insertLead(tx, {
    workspaceId,
    id: newId(),
    name: fields.name,
    companyName: fields.companyName ?? null,
    email,
    phone,
    message: fields.message ?? null,
    sourceChannel: fields.source.channel,
    sourceMedium: fields.source.medium ?? null,
    sourceCampaign: fields.source.campaign ?? null,
    status: 'new',
    ownerId,
    ...links,
    createdAt: now,
    updatedAt: now,
  });
  const dims = await leadDimensions(tx, lead);
  const created: NewEvent = {
    ...dims,
    type: 'lead.created',
    occurredAt: now,
    actorId,
    payload: fields.origin ?? {},
  };
  // A lead left in the queue has no assignment yet; the pick-up records it when it comes.
  const assigned = ownerId
    ? [
        assignmentEvent(
          { leadId: lead.id, fromOwnerId: null, toOwnerId: ownerId },
          dims,
          fields.ownerId ? 'manual' : 'routing',
          actorId,
          now,
        ),
      ]
    : [];
  await appendEvents(tx, workspaceId, [created, ...assigned]);
  return lead;
}
