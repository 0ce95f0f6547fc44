import { insertPriceList, type Price, type PriceListRecord } from '../../db/price-lists-repo.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { assertValidity, checkedPrices } from './price-list-prices.ts';

export interface PriceListInput {
  name: string;
  currency: string;
  validFrom?: string | null;
  validTo?: string | null;
  active?: boolean;
  prices: Price[];
}

export async function createPriceList(
  input: PriceListInput,
  { actor, tx, clock }: Deps,
): Promise<PriceListRecord> {
  requireManager(actor, 'Only a manager or an admin may change the price lists.');
  const validFrom = input.validFrom ?? null;
  const validTo = input.validTo ?? null;
  assertValidity(validFrom, validTo);
  const prices = (await checkedPrices(tx, actor.workspaceId, input.prices))!;
  const now = clock.now();
  return insertPriceList(
    tx,
    {
      workspaceId: actor.workspaceId,
      id: newId(),
      name: input.name,
      currency: input.currency,
      validFrom,
      validTo,
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    },
    prices,
  );
}
