import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { updateDeal } from '../../db/deals-repo.ts';
import { DomainError } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { dealDimensions } from './deal-events.ts';
import { dealView, type DealView } from './deal-view.ts';
import { loadDealForChange } from './load-open-deal.ts';

/** Back to open, in the stage it was closed from; the idle clock starts again. */
export async function reopenDeal(
  input: { dealId: string; expectedVersion?: number },
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  requireManager(actor, 'Only a manager or an admin may reopen a won or lost deal.');
  const { deal, workspace } = await loadDealForChange(
    tx,
    actor,
    input.dealId,
    input.expectedVersion,
    { mustBeOpen: false },
  );
  if (deal.status === 'open')
    throw new DomainError('invalid_transition', 'This deal is already open.');
  const now = clock.now();
  const reopened = (await updateDeal(
    tx,
    actor.workspaceId,
    deal.id,
    { status: 'open', closedAt: null, lostReasonId: null, closeComment: null, stageEnteredAt: now },
    undefined,
    now,
  ))!;
  await appendEvents(tx, actor.workspaceId, [
    {
      ...dealDimensions(reopened, workspace),
      type: 'deal.reopened',
      occurredAt: now,
      actorId: actor.userId,
      amount: null,
      payload: { was: deal.status, lostReasonId: deal.lostReasonId },
    },
  ]);
  return dealView(tx, reopened, now);
}
