import {
  findProduct,
  updateProduct as updateRow,
  type ProductRow,
} from '../../db/products-repo.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';

export interface UpdateProductInput {
  productId: string;
  expectedVersion?: number;
  name?: string;
  sku?: string | null;
  unit?: string | null;
  category?: string | null;
  /** false retires the product: it stays on the deals that have it, but is not offered. */
  active?: boolean;
}

export async function updateProduct(
  input: UpdateProductInput,
  { actor, tx, clock }: Deps,
): Promise<ProductRow> {
  requireManager(actor, 'Only a manager or an admin may change the catalogue.');
  const { productId, expectedVersion, ...patch } = input;
  if (!(await findProduct(tx, actor.workspaceId, productId))) throw notFound('product');
  const updated = await updateRow(
    tx,
    actor.workspaceId,
    productId,
    patch,
    expectedVersion,
    clock.now(),
  );
  if (!updated)
    throw new DomainError('version_conflict', 'This product was changed by someone else.');
  return updated;
}
