import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { lockRouting } from '../db/routing-repo.ts';
import { updateLead, type LeadRow } from '../db/leads-repo.ts';
import { assertCanConvert } from '../domain/lead-status.ts';
import { createCompany } from '../../accounts/index.ts';
import { createContact } from '../../accounts/index.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { createDeal } from '../../conveyor/index.ts';
import type { DealView } from '../../conveyor/index.ts';
import { leadDimensions } from './lead-events.ts';
import { lockLead } from './load-open-lead.ts';
import { matchAccounts } from './match-accounts.ts';
import { pickUpQueue } from './routing.ts';
import type { LeadStatus } from '../../../contract/leads.ts';

export interface ConvertLeadInput {
  leadId: string;
  pipelineId: string;
  title?: string;
  value?: number | null;
  currency?: string;
  expectedVersion?: number;
}

/**
 * Turns a sales-qualified lead into a deal (409 lead_not_qualified otherwise). The deal keeps the
 * lead's source and id, so the sale traces back to its first contact; the lead's person becomes a
 * contact (an existing one when the e-mail or phone matches) and its company a company.
 */
export async function convertLead(
  input: ConvertLeadInput,
  deps: Deps,
): Promise<{ deal: DealView; lead: LeadRow }> {
  const { actor, tx, clock } = deps;
  await lockRouting(tx, actor.workspaceId);
  const lead = await lockLead(tx, actor, input.leadId, input.expectedVersion);
  assertCanConvert(lead.status as LeadStatus);
  const links = await accountsOf(lead, deps);
  const deal = await createDeal(
    {
      title: input.title ?? lead.companyName ?? lead.name,
      pipelineId: input.pipelineId,
      value: input.value ?? null,
      ...(input.currency ? { currency: input.currency } : {}),
      ...links,
      ownerId: lead.ownerId ?? actor.userId,
      source: {
        channel: lead.sourceChannel,
        medium: lead.sourceMedium,
        campaign: lead.sourceCampaign,
      },
      leadId: lead.id,
    },
    deps,
  );
  const now = clock.now();
  const updated = (await updateLead(
    tx,
    actor.workspaceId,
    lead.id,
    { status: 'converted', convertedDealId: deal.deal.id, closedAt: now, ...links },
    undefined,
    now,
  ))!;
  await appendEvents(tx, actor.workspaceId, [
    {
      ...(await leadDimensions(tx, updated)),
      type: 'lead.converted',
      occurredAt: now,
      actorId: actor.userId,
      dealId: deal.deal.id,
      pipelineId: deal.deal.pipelineId,
      durationSeconds: Math.round((now.getTime() - lead.createdAt.getTime()) / 1000),
    },
  ]);
  if (lead.ownerId) await pickUpQueue(tx, actor.workspaceId, actor.userId, now);
  return { deal, lead: updated };
}

/** The lead's contact and company: linked ones, else matched by e-mail/phone, else new ones. */
async function accountsOf(lead: LeadRow, deps: Deps) {
  const { actor, tx } = deps;
  const matched = lead.contactId
    ? { contactId: lead.contactId, companyId: lead.companyId }
    : await matchAccounts(tx, actor.workspaceId, { email: lead.email, phone: lead.phone });
  let companyId = lead.companyId ?? matched.companyId;
  if (!companyId && lead.companyName) {
    companyId = (await createCompany({ name: lead.companyName, ownerId: lead.ownerId }, deps)).id;
  }
  const contactId =
    matched.contactId ??
    (
      await createContact(
        { name: lead.name, email: lead.email, phone: lead.phone, companyId, ownerId: lead.ownerId },
        deps,
      )
    ).id;
  return { contactId, companyId };
}
