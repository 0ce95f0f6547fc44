import {
  listProducts as listRows,
  type ProductQuery,
  type ProductRow,
} from '../../db/products-repo.ts';
import type { Page } from '../../../../kernel/db/pagination.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

/** One statement, so the route runs it with runner.read (ADR 022). Everyone may read it. */
export async function listProducts(
  input: ProductQuery,
  { actor, tx }: Deps,
): Promise<Page<ProductRow>> {
  return listRows(tx, actor.workspaceId, input);
}
