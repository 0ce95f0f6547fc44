import { insertProduct, type ProductRow } from '../../db/products-repo.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';

export interface ProductInput {
  name: string;
  sku?: string | null;
  unit?: string | null;
  category?: string | null;
  active?: boolean;
}

/** Adds a product to the workspace's catalogue (managers and admins keep the catalogue). */
export async function createProduct(
  input: ProductInput,
  { actor, tx, clock }: Deps,
): Promise<ProductRow> {
  requireManager(actor, 'Only a manager or an admin may change the catalogue.');
  const now = clock.now();
  return insertProduct(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    name: input.name,
    sku: input.sku ?? null,
    unit: input.unit ?? null,
    category: input.category ?? null,
    active: input.active ?? true,
    createdAt: now,
    updatedAt: now,
  });
}
