import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { updateDeal as updateRow, type DealRow } from '../../db/deals-repo.ts';
import type { Workspace } from '../../../identity/index.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
import { dealView, type DealView } from './deal-view.ts';
import { loadDealForChange } from './load-open-deal.ts';

/**
 * An open deal the actor may change, locked for a write that another module makes on it (the
 * catalogue's line items): 404 when missing or unseen, 403 beyond the actor's edit permission,
 * 412 at another version, 409 `deal_closed` when won or lost.
 */
export async function lockOpenDeal(
  input: { dealId: string; expectedVersion?: number },
  { actor, tx }: Deps,
): Promise<{ deal: DealRow; workspace: Workspace }> {
  const { deal, workspace } = await loadDealForChange(
    tx,
    actor,
    input.dealId,
    input.expectedVersion,
    { mustBeOpen: true },
  );
  return { deal, workspace };
}

/**
 * Sets the value of a deal locked by lockOpenDeal, the way an edit of the value does: a new
 * version and a `deal.updated` event naming `value` (lamps and the forecast read both), and
 * nothing at all when the value stays the same.
 */
export async function setDealValue(
  input: { deal: DealRow; workspace: Workspace; value: number | null },
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const { deal, workspace, value } = input;
  const now = clock.now();
  if (deal.value === value) return dealView(tx, deal, now);
  const updated = (await updateRow(tx, actor.workspaceId, deal.id, { value }, undefined, now))!;
  await appendEvents(tx, actor.workspaceId, [
    {
      ...dealDimensions(updated, workspace),
      type: 'deal.updated',
      occurredAt: now,
      actorId: actor.userId,
      payload: { fields: ['value'] },
    },
  ]);
  return dealView(tx, updated, now);
}
