import { setCheck, updateDeal } from '../../db/deals-repo.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealView, type DealView } from './deal-view.ts';
import { loadDealForChange } from './load-open-deal.ts';

/** Ticks (or unticks) a `check` criterion of the deal's pipeline. */
export async function setDealCheck(
  input: { dealId: string; criterionId: string; done: boolean; expectedVersion?: number },
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const { deal, pipeline } = await loadDealForChange(
    tx,
    actor,
    input.dealId,
    input.expectedVersion,
    { mustBeOpen: true },
  );
  const criterion = pipeline.stages
    .flatMap((s) => s.exitCriteria)
    .find((c) => c.id === input.criterionId);
  if (!criterion) throw notFound('criterion');
  if (criterion.kind !== 'check') {
    throw new DomainError(
      'invalid_transition',
      `"${criterion.label}" is met by the deal itself, not ticked.`,
    );
  }
  const now = clock.now();
  await setCheck(
    tx,
    {
      workspaceId: actor.workspaceId,
      dealId: deal.id,
      criterionId: criterion.id,
      doneBy: actor.userId,
      doneAt: now,
    },
    input.done,
  );
  const updated = (await updateDeal(tx, actor.workspaceId, deal.id, {}, undefined, now))!;
  return dealView(tx, updated, now);
}
