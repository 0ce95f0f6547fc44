import type { Db } from '../../../kernel/db/connection.ts';
import { findMember } from '../../identity/index.ts';
import type { LeadRow } from '../db/leads-repo.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';

/** The subject ids and dimensions every lead event carries, so lamps can slice by them. */
export async function leadDimensions(tx: Db, lead: LeadRow): Promise<Partial<NewEvent>> {
  const owner = lead.ownerId ? await findMember(tx, lead.workspaceId, lead.ownerId) : null;
  return {
    leadId: lead.id,
    contactId: lead.contactId,
    companyId: lead.companyId,
    ownerId: lead.ownerId,
    teamId: owner?.membership.teamId ?? null,
    channel: lead.sourceChannel,
    medium: lead.sourceMedium,
    campaign: lead.sourceCampaign,
  };
}
