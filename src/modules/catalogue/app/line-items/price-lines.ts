import type { Db } from '../../../../kernel/db/connection.ts';
import { DomainError } from '../../../../kernel/domain/errors.ts';
import { activeListsIn } from '../../db/price-lists-repo.ts';
import { findProducts } from '../../db/products-repo.ts';
import type { LineItemRow } from '../../db/line-items-repo.ts';
import { lineAmount } from '../../domain/line-total.ts';
import { chosenPrice } from '../../domain/price-choice.ts';

export interface LineItemInput {
  productId: string;
  quantity: number;
  unitPrice?: number;
  discountPercent?: number;
}

/**
 * The lines as they will be stored: every product in the catalogue (a retired one only if the
 * deal already has it), every missing unit price taken from the price lists of the deal's
 * currency valid on `day`, each line's amount worked out. Refuses the whole set otherwise.
 */
export async function priceLines(
  tx: Db,
  workspaceId: string,
  items: readonly LineItemInput[],
  context: { currency: string; day: string; productsOnDeal: ReadonlySet<string> },
): Promise<LineItemRow[]> {
  const ids = [...new Set(items.map((i) => i.productId))];
  const found = new Map((await findProducts(tx, workspaceId, ids)).map((p) => [p.id, p]));
  const invalid = ids.filter((id) => {
    const product = found.get(id);
    return !product || (!product.active && !context.productsOnDeal.has(id));
  });
  if (invalid.length > 0)
    throw new DomainError('product_invalid', 'A product is not in the catalogue or is retired.', {
      productIds: invalid,
    });

  const needPrice = items.some((i) => i.unitPrice === undefined);
  const lists = needPrice ? await activeListsIn(tx, workspaceId, context.currency) : [];
  const choices = lists.map((l) => ({
    ...l,
    prices: new Map(l.prices.map((p) => [p.productId, p.unitPrice])),
  }));
  const unpriced = new Set<string>();
  const lines = items.map((item) => {
    const unitPrice =
      item.unitPrice ?? chosenPrice(choices, item.productId, context.currency, context.day);
    if (unitPrice === null) unpriced.add(item.productId);
    const priced = {
      productId: item.productId,
      quantity: item.quantity,
      unitPrice: unitPrice ?? 0,
      discountPercent: item.discountPercent ?? 0,
    };
    return { ...priced, amount: lineAmount(priced) };
  });
  if (unpriced.size > 0)
    throw new DomainError(
      'price_missing',
      `No price list valid on ${context.day} prices this product in ${context.currency}.`,
      { productIds: [...unpriced] },
    );
  return lines;
}
