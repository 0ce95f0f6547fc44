import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { updateDeal } from '../../db/deals-repo.ts';
import { findLostReason } from '../../db/lost-reasons-repo.ts';
import { checkLossReason } from '../../domain/loss-reason.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
import { dealView, type DealView } from './deal-view.ts';
import { loadDealForChange, secondsBetween } from './load-open-deal.ts';

export interface LoseDealInput {
  dealId: string;
  lostReasonId?: string;
  comment?: string | null;
  expectedVersion?: number;
}

/** A deal is lost only for an active reason of the workspace's list allowed at its stage. */
export async function loseDeal(
  input: LoseDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const { deal, workspace } = await loadDealForChange(
    tx,
    actor,
    input.dealId,
    input.expectedVersion,
    { mustBeOpen: true },
  );
  const reason = input.lostReasonId
    ? await findLostReason(tx, actor.workspaceId, input.lostReasonId)
    : null;
  checkLossReason(reason, input.lostReasonId, deal.stageId);
  const now = clock.now();
  const lost = (await updateDeal(
    tx,
    actor.workspaceId,
    deal.id,
    {
      status: 'lost',
      closedAt: now,
      lostReasonId: reason!.id,
      closeComment: input.comment ?? null,
    },
    undefined,
    now,
  ))!;
  await appendEvents(tx, actor.workspaceId, [
    {
      ...dealDimensions(lost, workspace),
      type: 'deal.lost',
      occurredAt: now,
      actorId: actor.userId,
      durationSeconds: secondsBetween(deal.createdAt, now),
      payload: {
        lostReasonId: reason!.id,
        reason: reason!.name,
        comment: input.comment ?? null,
        // The stay in the stage it closed from, for velocity (no later stage_entered carries it).
        stageSeconds: secondsBetween(deal.stageEnteredAt, now),
      },
    },
  ]);
  return dealView(tx, lost, now);
}
