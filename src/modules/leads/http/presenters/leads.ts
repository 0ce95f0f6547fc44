import type { LeadLoad } from '../../app/get-lead-load.ts';
import type { Form, Lead } from '../../app/lead.ts';
import type { LeadStatus } from '../../../../contract/leads.ts';
import type { Channel } from '../../../../contract/sources.ts';

export function presentLead(l: Lead) {
  return {
    id: l.id,
    name: l.name,
    companyName: l.companyName,
    email: l.email,
    phone: l.phone,
    message: l.message,
    source: {
      channel: l.sourceChannel as Channel,
      medium: l.sourceMedium,
      campaign: l.sourceCampaign,
    },
    status: l.status as LeadStatus,
    ownerId: l.ownerId,
    contactId: l.contactId,
    companyId: l.companyId,
    disqualifyReason: l.disqualifyReason,
    disqualificationReasonId: l.disqualificationReasonId,
    disqualifyComment: l.disqualifyComment,
    convertedDealId: l.convertedDealId,
    firstContactedAt: l.firstContactedAt?.toISOString() ?? null,
    closedAt: l.closedAt?.toISOString() ?? null,
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    version: l.version,
  };
}

export function presentForm(f: Form) {
  return {
    id: f.id,
    key: f.key,
    name: f.name,
    medium: f.medium,
    campaign: f.campaign,
    redirectUrl: f.redirectUrl,
    thankYouText: f.thankYouText,
    fields: f.fields,
    active: f.active,
    createdAt: f.createdAt.toISOString(),
    updatedAt: f.updatedAt.toISOString(),
    version: f.version,
  };
}

/** Each hunter's open leads against their limit, and the unassigned queue. */
export function presentLeadLoad(l: LeadLoad) {
  return {
    people: l.people.map((p) => ({
      userId: p.userId,
      name: p.name,
      hunter: p.hunter,
      active: p.active,
      openLeads: p.openLeads,
      leadLimit: p.leadLimit,
      available: p.available,
    })),
    unassigned: l.unassigned,
  };
}
