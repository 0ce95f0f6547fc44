import { getDeal } from '../../../conveyor/index.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { findAppliedValue, listLineItems } from '../../db/line-items-repo.ts';
import { linesTotal } from '../../domain/line-total.ts';
import type { DealLineItems } from './set-deal-line-items.ts';

/** A deal's line items, for whoever may see the deal (404 otherwise). */
export async function getDealLineItems(
  input: { dealId: string },
  deps: Deps,
): Promise<DealLineItems> {
  const { actor, tx } = deps;
  const deal = await getDeal(input, deps);
  const items = await listLineItems(tx, actor.workspaceId, input.dealId);
  const applied = await findAppliedValue(tx, actor.workspaceId, input.dealId);
  return {
    deal,
    items,
    total: linesTotal(items),
    valueFromProducts: items.length > 0 && applied !== null && deal.deal.value === applied,
  };
}
