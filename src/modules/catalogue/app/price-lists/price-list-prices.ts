import { findProducts } from '../../db/products-repo.ts';
import type { Price } from '../../db/price-lists-repo.ts';
import type { Db } from '../../../../kernel/db/connection.ts';
import { DomainError, validationError } from '../../../../kernel/domain/errors.ts';

/**
 * A list's prices, checked: one price per product, every product in the workspace's catalogue
 * (a retired one may keep its price), else nothing is written.
 */
export async function checkedPrices(
  tx: Db,
  workspaceId: string,
  prices: readonly Price[] | undefined,
): Promise<Price[] | undefined> {
  if (prices === undefined) return undefined;
  const seen = new Set<string>();
  const twice = prices.flatMap((p, i) => {
    if (!seen.has(p.productId)) return (seen.add(p.productId), []);
    return [{ path: `prices.${i}.productId`, message: 'This product is priced twice' }];
  });
  if (twice.length > 0) throw validationError(twice);
  const known = new Set((await findProducts(tx, workspaceId, [...seen])).map((p) => p.id));
  const unknown = [...seen].filter((id) => !known.has(id));
  if (unknown.length > 0)
    throw new DomainError('product_invalid', 'A price names a product not in the catalogue.', {
      productIds: unknown,
    });
  return [...prices];
}

/** A validity that ends before it starts is refused. */
export function assertValidity(validFrom: string | null, validTo: string | null): void {
  if (validFrom !== null && validTo !== null && validTo < validFrom)
    throw validationError([{ path: 'validTo', message: 'Ends before it starts' }]);
}
