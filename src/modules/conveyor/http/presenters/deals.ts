import type { CurrencyTotal, DealStageTotals } from '../../app/deals/list-deal-stage-totals.ts';
import type { DealView } from '../../app/deals/deal-view.ts';
import type { DealListView } from '../../app/deals/list-deals.ts';
import type { DealStatus } from '../../../../contract/conveyor.ts';
import type { Channel } from '../../../../contract/sources.ts';

export function presentDeal({ deal, checks, nextActivity, stuck }: DealView) {
  return {
    id: deal.id,
    title: deal.title,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    status: deal.status as DealStatus,
    value: deal.value,
    currency: deal.currency,
    companyId: deal.companyId,
    contactId: deal.contactId,
    ownerId: deal.ownerId,
    expectedCloseDate: deal.expectedCloseDate,
    source: deal.sourceChannel
      ? {
          channel: deal.sourceChannel as Channel,
          medium: deal.sourceMedium,
          campaign: deal.sourceCampaign,
        }
      : null,
    leadId: deal.leadId,
    nextActivity: nextActivity
      ? {
          id: nextActivity.id,
          type: nextActivity.type,
          dueAt: nextActivity.dueAt?.toISOString() ?? null,
        }
      : null,
    stageEnteredAt: deal.stageEnteredAt.toISOString(),
    createdAt: deal.createdAt.toISOString(),
    updatedAt: deal.updatedAt.toISOString(),
    closedAt: deal.closedAt?.toISOString() ?? null,
    lostReasonId: deal.lostReasonId,
    closeComment: deal.closeComment,
    checks: checks.map((criterionId) => ({ criterionId, done: true })),
    stuck,
    version: deal.version,
  };
}

/** A deal of a list: the deal and what a board card shows beside it (ADR 032). */
export function presentDealListItem(view: DealListView) {
  return { ...presentDeal(view), companyName: view.companyName };
}

const presentValues = (values: CurrencyTotal[]) =>
  values.map((v) => ({ currency: v.currency, amount: v.amount, weighted: v.weighted }));

export function presentStageTotals(totals: DealStageTotals) {
  return {
    items: totals.stages.map((t) => ({
      stageId: t.stageId,
      count: t.count,
      values: presentValues(t.values),
    })),
    pipeline: { count: totals.pipeline.count, values: presentValues(totals.pipeline.values) },
  };
}
