import { and, asc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { decodeCursor, nameCursor, toPage, type Page } from '../../../kernel/db/pagination.ts';
import { priceListPrices, priceLists } from './schema.ts';

export type PriceListRow = typeof priceLists.$inferSelect;
export interface Price {
  productId: string;
  unitPrice: number;
}
export interface PriceListRecord extends PriceListRow {
  prices: Price[];
}
export type PriceListPatch = Partial<
  Pick<PriceListRow, 'name' | 'currency' | 'validFrom' | 'validTo' | 'active'>
>;

export async function insertPriceList(
  tx: Db,
  row: typeof priceLists.$inferInsert,
  prices: readonly Price[],
): Promise<PriceListRecord> {
  const [created] = await tx.insert(priceLists).values(row).returning();
  await insertPrices(tx, row.workspaceId, row.id, prices);
  return { ...created!, prices: [...prices] };
}

async function insertPrices(
  tx: Db,
  workspaceId: string,
  priceListId: string,
  prices: readonly Price[],
) {
  if (prices.length === 0) return;
  await tx.insert(priceListPrices).values(prices.map((p) => ({ workspaceId, priceListId, ...p })));
}

/** The prices of these lists, each list's in the order of its products' ids. */
async function pricesOf(tx: Db, workspaceId: string, lists: PriceListRow[]) {
  const byList = new Map<string, Price[]>(lists.map((l) => [l.id, []]));
  if (lists.length === 0) return byList;
  const rows = await tx
    .select()
    .from(priceListPrices)
    .where(
      and(
        eq(priceListPrices.workspaceId, workspaceId),
        inArray(
          priceListPrices.priceListId,
          lists.map((l) => l.id),
        ),
      ),
    )
    .orderBy(asc(priceListPrices.priceListId), asc(priceListPrices.productId));
  for (const r of rows)
    byList.get(r.priceListId)!.push({ productId: r.productId, unitPrice: r.unitPrice });
  return byList;
}

async function withPrices(
  tx: Db,
  workspaceId: string,
  lists: PriceListRow[],
): Promise<PriceListRecord[]> {
  const prices = await pricesOf(tx, workspaceId, lists);
  return lists.map((l) => ({ ...l, prices: prices.get(l.id)! }));
}

export async function findPriceList(
  tx: Db,
  workspaceId: string,
  id: string,
  lock = false,
): Promise<PriceListRecord | null> {
  const query = tx
    .select()
    .from(priceLists)
    .where(and(eq(priceLists.workspaceId, workspaceId), eq(priceLists.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  return (await withPrices(tx, workspaceId, [row]))[0]!;
}

export interface PriceListQuery {
  active: boolean | null;
  currency: string | null;
  limit: number;
  cursor: string | null;
}

export async function listPriceLists(
  tx: Db,
  workspaceId: string,
  query: PriceListQuery,
): Promise<Page<PriceListRecord>> {
  const conditions: SQL[] = [eq(priceLists.workspaceId, workspaceId)];
  if (query.active !== null) conditions.push(eq(priceLists.active, query.active));
  if (query.currency !== null) conditions.push(eq(priceLists.currency, query.currency));
  if (query.cursor) {
    const c = decodeCursor(query.cursor, nameCursor);
    conditions.push(sql`(lower(${priceLists.name}), ${priceLists.id}) > (${c.n}, ${c.i}::uuid)`);
  }
  const rows = await tx
    .select({ row: priceLists, sortKey: sql<string>`lower(${priceLists.name})` })
    .from(priceLists)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${priceLists.name})`), asc(priceLists.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ n: r.sortKey, i: r.row.id }));
  return {
    items: await withPrices(
      tx,
      workspaceId,
      page.items.map((r) => r.row),
    ),
    nextCursor: page.nextCursor,
  };
}

/** The active lists of a currency, with their prices (for pricing a deal's line items). */
export async function activeListsIn(
  tx: Db,
  workspaceId: string,
  currency: string,
): Promise<PriceListRecord[]> {
  const rows = await tx
    .select()
    .from(priceLists)
    .where(
      and(
        eq(priceLists.workspaceId, workspaceId),
        eq(priceLists.currency, currency),
        eq(priceLists.active, true),
      ),
    );
  return withPrices(tx, workspaceId, rows);
}

export async function updatePriceList(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: PriceListPatch,
  prices: readonly Price[] | undefined,
  expectedVersion: number | undefined,
  now: Date,
): Promise<PriceListRecord | null> {
  const conditions = [eq(priceLists.workspaceId, workspaceId), eq(priceLists.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(priceLists.version, expectedVersion));
  const [row] = await tx
    .update(priceLists)
    .set({ ...patch, updatedAt: now, version: sql`${priceLists.version} + 1` })
    .where(and(...conditions))
    .returning();
  if (!row) return null;
  if (prices !== undefined) {
    await tx
      .delete(priceListPrices)
      .where(
        and(eq(priceListPrices.workspaceId, workspaceId), eq(priceListPrices.priceListId, id)),
      );
    await insertPrices(tx, workspaceId, id, prices);
  }
  return (await withPrices(tx, workspaceId, [row]))[0]!;
}
