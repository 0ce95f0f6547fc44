import { findDeal } from '../../db/deals-repo.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealView, type DealView } from './deal-view.ts';

export async function getDeal(
  input: { dealId: string },
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const deal = await findDeal(tx, actor.workspaceId, input.dealId);
  if (!deal) throw notFound('deal');
  return dealView(tx, deal, clock.now());
}
