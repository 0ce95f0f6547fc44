import type { DealRow } from '../../db/deals-repo.ts';
import type { Workspace } from '../../../identity/index.ts';
import { baseAmount } from '../../../../kernel/domain/money/base-amount.ts';
import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';

/** The dimensions every deal event carries, so lamps and reports can slice by them. */
export function dealDimensions(
  deal: DealRow,
  workspace: Pick<Workspace, 'currency' | 'settings'>,
): Partial<NewEvent> {
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
    // Amounts are in the base currency, converted at the rate of the day of the event (history
    // is not rewritten when a rate changes); a currency without a rate carries none.
    amount: baseAmount(deal.value, deal.currency, {
      currency: workspace.currency,
      rates: workspace.settings.exchangeRates,
    }),
  };
}
