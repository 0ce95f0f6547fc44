import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { updateDeal } from '../../db/deals-repo.ts';
import { findLostReason } from '../../db/lost-reasons-repo.ts';
import { checkLossReason } from '../../domain/loss-reason.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
import { dealView, type DealView } from './deal-view.ts';
import { loadDealForChange, secondsBetween } from './load-open-deal.ts';
import { createActivity } from '../activities/create-activity.ts';
import { revisitSubject } from '../../domain/revisit-subject.ts';

export interface LoseDealInput {
  dealId: string;
  lostReasonId?: string;
  comment?: string | null;
  expectedVersion?: number;
}

const DAY_MS = 86_400_000;

/**
 * A deal is lost only for an active reason of the workspace's list allowed at its stage. A warm
 * reason plans a task for the deal's owner to revisit it after the reason's days.
 */
export async function loseDeal(input: LoseDealInput, deps: Deps): Promise<DealView> {
  const { actor, tx, clock } = deps;
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
        warm: reason!.revisitDays !== null,
        // The stay in the stage it closed from, for velocity (no later stage_entered carries it).
        stageSeconds: secondsBetween(deal.stageEnteredAt, now),
      },
    },
  ]);
  if (reason!.revisitDays !== null) {
    await createActivity(
      {
        type: 'task',
        subject: revisitSubject(workspace.locale, { title: lost.title, reason: reason!.name }),
        dueAt: new Date(now.getTime() + reason!.revisitDays * DAY_MS),
        dealId: lost.id,
        ownerId: lost.ownerId ?? actor.userId,
      },
      deps,
    );
  }
  return dealView(tx, lost, now);
}
