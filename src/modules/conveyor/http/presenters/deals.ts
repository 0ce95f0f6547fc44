import type { StageTotal } from '../../app/deals/list-deal-stage-totals.ts';
import type { DealView } from '../../app/deals/deal-view.ts';

export function presentDeal({ deal, checks, nextActivity, stuck }: DealView) {
  return {
    id: deal.id,
    title: deal.title,
    pipelineId: deal.pipelineId,
    stageId: deal.stageId,
    status: deal.status as 'open' | 'won' | 'lost',
    value: deal.value,
    currency: deal.currency,
    companyId: deal.companyId,
    contactId: deal.contactId,
    ownerId: deal.ownerId,
    expectedCloseDate: deal.expectedCloseDate,
    source: deal.sourceChannel
      ? {
          channel: deal.sourceChannel as 'inbound' | 'outbound',
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

export function presentStageTotals(totals: StageTotal[]) {
  return {
    items: totals.map((t) => ({
      stageId: t.stageId,
      count: t.count,
      values: t.values.map((v) => ({ currency: v.currency, amount: v.amount })),
    })),
  };
}
