import { and, asc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import {
  containsPattern,
  decodeCursor,
  nameCursor,
  toPage,
  type Page,
} from '../../../kernel/db/pagination.ts';
import { products } from './schema.ts';

export type ProductRow = typeof products.$inferSelect;
export type ProductPatch = Partial<
  Pick<ProductRow, 'name' | 'sku' | 'unit' | 'category' | 'active'>
>;

export async function insertProduct(
  tx: Db,
  row: typeof products.$inferInsert,
): Promise<ProductRow> {
  const [created] = await tx.insert(products).values(row).returning();
  return created!;
}

export async function findProduct(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<ProductRow | null> {
  const [row] = await tx
    .select()
    .from(products)
    .where(and(eq(products.workspaceId, workspaceId), eq(products.id, id)));
  return row ?? null;
}

/** The workspace's products among these ids. */
export async function findProducts(
  tx: Db,
  workspaceId: string,
  ids: readonly string[],
): Promise<ProductRow[]> {
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(products)
    .where(and(eq(products.workspaceId, workspaceId), inArray(products.id, [...ids])));
}

export interface ProductQuery {
  active: boolean | null;
  category: string | null;
  q: string | null;
  limit: number;
  cursor: string | null;
}

/** A page of products by name (case-insensitive), then id. */
export async function listProducts(
  tx: Db,
  workspaceId: string,
  query: ProductQuery,
): Promise<Page<ProductRow>> {
  const conditions: SQL[] = [eq(products.workspaceId, workspaceId)];
  if (query.active !== null) conditions.push(eq(products.active, query.active));
  if (query.category !== null) conditions.push(eq(products.category, query.category));
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(
      or(
        sql`lower(${products.name}) like ${pattern}`,
        sql`lower(${products.sku}) like ${pattern}`,
      )!,
    );
  }
  if (query.cursor) {
    const c = decodeCursor(query.cursor, nameCursor);
    conditions.push(sql`(lower(${products.name}), ${products.id}) > (${c.n}, ${c.i}::uuid)`);
  }
  // The sort key comes from the database so the cursor compares exactly as the ORDER BY does.
  const rows = await tx
    .select({ row: products, sortKey: sql<string>`lower(${products.name})` })
    .from(products)
    .where(and(...conditions))
    .orderBy(asc(sql`lower(${products.name})`), asc(products.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => ({ n: r.sortKey, i: r.row.id }));
  return { items: page.items.map((r) => r.row), nextCursor: page.nextCursor };
}

export async function updateProduct(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: ProductPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<ProductRow | null> {
  const conditions = [eq(products.workspaceId, workspaceId), eq(products.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(products.version, expectedVersion));
  const [row] = await tx
    .update(products)
    .set({ ...patch, updatedAt: now, version: sql`${products.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}
