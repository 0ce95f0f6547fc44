import type { Db } from '../../../../kernel/db/connection.ts';
import { findContactDuplicate } from '../../../accounts/index.ts';
import { openDealsOfContact } from '../../db/call-matching-repo.ts';
import { findLeadByPhone } from '../../db/leads-repo.ts';

/** Who a call was with: a contact (and its deal when it has exactly one open), else a lead. */
export interface CallParty {
  contactId: string | null;
  leadId: string | null;
  dealId: string | null;
  /** Who should call back: the deal's owner, the contact's or the lead's owner. */
  ownerId: string | null;
}

export const UNKNOWN_PARTY: CallParty = {
  contactId: null,
  leadId: null,
  dealId: null,
  ownerId: null,
};

/** Matches an E.164 number to a contact first, then to a lead; null when nobody has it. */
export async function matchCaller(
  tx: Db,
  workspaceId: string,
  phone: string | null,
): Promise<CallParty | null> {
  if (!phone) return null;
  const contact = await findContactDuplicate(tx, workspaceId, { email: null, phone }, null);
  if (contact) {
    const open = await openDealsOfContact(tx, workspaceId, contact.id);
    const deal = open.length === 1 ? open[0]! : null;
    return {
      contactId: contact.id,
      leadId: null,
      dealId: deal?.id ?? null,
      ownerId: open[0]?.ownerId ?? contact.ownerId,
    };
  }
  const lead = await findLeadByPhone(tx, workspaceId, phone);
  if (!lead) return null;
  return {
    contactId: lead.contactId,
    leadId: lead.id,
    dealId: null,
    ownerId: lead.ownerId,
  };
}
