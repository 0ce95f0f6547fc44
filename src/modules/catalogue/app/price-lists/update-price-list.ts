import {
  findPriceList,
  updatePriceList as updateRow,
  type Price,
  type PriceListRecord,
} from '../../db/price-lists-repo.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { assertValidity, checkedPrices } from './price-list-prices.ts';

export interface UpdatePriceListInput {
  priceListId: string;
  expectedVersion?: number;
  name?: string;
  currency?: string;
  validFrom?: string | null;
  validTo?: string | null;
  /** false retires the list: it prices nothing any more (line items keep their prices). */
  active?: boolean;
  /** When given, replaces all of the list's prices. */
  prices?: Price[];
}

export async function updatePriceList(
  input: UpdatePriceListInput,
  { actor, tx, clock }: Deps,
): Promise<PriceListRecord> {
  requireManager(actor, 'Only a manager or an admin may change the price lists.');
  const { priceListId, expectedVersion, prices, ...patch } = input;
  const before = await findPriceList(tx, actor.workspaceId, priceListId, true);
  if (!before) throw notFound('price list');
  assertValidity(
    patch.validFrom === undefined ? before.validFrom : patch.validFrom,
    patch.validTo === undefined ? before.validTo : patch.validTo,
  );
  const checked = await checkedPrices(tx, actor.workspaceId, prices);
  const updated = await updateRow(
    tx,
    actor.workspaceId,
    priceListId,
    patch,
    checked,
    expectedVersion,
    clock.now(),
  );
  if (!updated)
    throw new DomainError('version_conflict', 'This price list was changed by someone else.');
  return updated;
}
