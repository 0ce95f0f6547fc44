import type { DealRow } from '../../db/conveyor/deals-repo.ts';
import type { NewEvent } from '../../domain/events/catalogue.ts';

/** The dimensions every deal event carries, so lamps and reports can slice by them. */
export function dealDimensions(deal: DealRow, workspaceCurrency: string): Partial<NewEvent> {
  return {
    dealId: deal.id,
    companyId: deal.companyId,
    contactId: deal.contactId,
    leadId: deal.leadId,
    ownerId: deal.ownerId,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    channel: deal.sourceChannel,
    medium: deal.sourceMedium,
    campaign: deal.sourceCampaign,
    // Amounts are in the base currency; without exchange rates yet, other currencies carry none.
    amount: deal.currency === workspaceCurrency ? deal.value : null,
  };
}
