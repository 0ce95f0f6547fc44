import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { dealLineItems, dealProductValues, products } from './schema.ts';

export interface LineItemRow {
  productId: string;
  quantity: number;
  unitPrice: number;
  discountPercent: number;
  amount: number;
}

export interface LineItemView extends LineItemRow {
  productName: string;
  unit: string | null;
}

/** A deal's line items in their order, with each product's name and unit. */
export async function listLineItems(
  tx: Db,
  workspaceId: string,
  dealId: string,
): Promise<LineItemView[]> {
  return tx
    .select({
      productId: dealLineItems.productId,
      quantity: dealLineItems.quantity,
      unitPrice: dealLineItems.unitPrice,
      discountPercent: dealLineItems.discountPercent,
      amount: dealLineItems.amount,
      productName: products.name,
      unit: products.unit,
    })
    .from(dealLineItems)
    .innerJoin(
      products,
      and(
        eq(products.workspaceId, dealLineItems.workspaceId),
        eq(products.id, dealLineItems.productId),
      ),
    )
    .where(and(eq(dealLineItems.workspaceId, workspaceId), eq(dealLineItems.dealId, dealId)))
    .orderBy(asc(dealLineItems.position));
}

/** Replaces all of a deal's line items by these, in this order. */
export async function replaceLineItems(
  tx: Db,
  workspaceId: string,
  dealId: string,
  items: readonly LineItemRow[],
): Promise<void> {
  await tx
    .delete(dealLineItems)
    .where(and(eq(dealLineItems.workspaceId, workspaceId), eq(dealLineItems.dealId, dealId)));
  if (items.length === 0) return;
  await tx
    .insert(dealLineItems)
    .values(items.map((item, position) => ({ workspaceId, dealId, position, ...item })));
}

/** The value the line items last wrote to the deal; null when they never did. */
export async function findAppliedValue(
  tx: Db,
  workspaceId: string,
  dealId: string,
): Promise<number | null> {
  const [row] = await tx
    .select({ appliedValue: dealProductValues.appliedValue })
    .from(dealProductValues)
    .where(
      and(eq(dealProductValues.workspaceId, workspaceId), eq(dealProductValues.dealId, dealId)),
    );
  return row?.appliedValue ?? null;
}

export async function saveAppliedValue(
  tx: Db,
  workspaceId: string,
  dealId: string,
  appliedValue: number,
  now: Date,
): Promise<void> {
  await tx
    .insert(dealProductValues)
    .values({ workspaceId, dealId, appliedValue, updatedAt: now })
    .onConflictDoUpdate({
      target: [dealProductValues.workspaceId, dealProductValues.dealId],
      set: { appliedValue, updatedAt: now },
    });
}
