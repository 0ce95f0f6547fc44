import {
  listPriceLists as listRows,
  type PriceListQuery,
  type PriceListRecord,
} from '../../db/price-lists-repo.ts';
import type { Page } from '../../../../kernel/db/pagination.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

/** A page of lists with their prices (two statements: the route runs it in a transaction). */
export async function listPriceLists(
  input: PriceListQuery,
  { actor, tx }: Deps,
): Promise<Page<PriceListRecord>> {
  return listRows(tx, actor.workspaceId, input);
}
