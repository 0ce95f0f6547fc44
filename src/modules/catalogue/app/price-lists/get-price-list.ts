import { findPriceList, type PriceListRecord } from '../../db/price-lists-repo.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

export async function getPriceList(
  input: { priceListId: string },
  { actor, tx }: Deps,
): Promise<PriceListRecord> {
  const list = await findPriceList(tx, actor.workspaceId, input.priceListId);
  if (!list) throw notFound('price list');
  return list;
}
