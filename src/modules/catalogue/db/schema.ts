import {
  boolean,
  date,
  foreignKey,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, updatedAt, version, workspaceId } from '../../../kernel/db/schema/columns.ts';
import { workspaces } from '../../identity/index.ts';
import { deals } from '../../conveyor/index.ts';

const money = (name: string) => numeric(name, { precision: 14, scale: 2, mode: 'number' });

export const products = pgTable(
  'products',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    sku: text('sku'),
    unit: text('unit'),
    category: text('category'),
    /** false: retired — it stays on the deals that have it but is not offered any more. */
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);

export const priceLists = pgTable(
  'price_lists',
  {
    workspaceId: workspaceId(),
    id: uuid('id').notNull(),
    name: text('name').notNull(),
    currency: text('currency').notNull(),
    /** Null: valid since always / until further notice. Dates in the workspace's time zone. */
    validFrom: date('valid_from', { mode: 'string' }),
    validTo: date('valid_to', { mode: 'string' }),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    version: version(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.id] }),
    foreignKey({ columns: [t.workspaceId], foreignColumns: [workspaces.id] }),
  ],
);

export const priceListPrices = pgTable(
  'price_list_prices',
  {
    workspaceId: workspaceId(),
    priceListId: uuid('price_list_id').notNull(),
    productId: uuid('product_id').notNull(),
    unitPrice: money('unit_price').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.priceListId, t.productId] }),
    foreignKey({
      columns: [t.workspaceId, t.priceListId],
      foreignColumns: [priceLists.workspaceId, priceLists.id],
    }).onDelete('cascade'),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
  ],
);

export const dealLineItems = pgTable(
  'deal_line_items',
  {
    workspaceId: workspaceId(),
    dealId: uuid('deal_id').notNull(),
    position: integer('position').notNull(),
    productId: uuid('product_id').notNull(),
    quantity: numeric('quantity', { precision: 14, scale: 3, mode: 'number' }).notNull(),
    unitPrice: money('unit_price').notNull(),
    discountPercent: numeric('discount_percent', {
      precision: 5,
      scale: 2,
      mode: 'number',
    }).notNull(),
    /** quantity × unitPrice × (1 − discount/100), rounded to the cent. */
    amount: money('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dealId, t.position] }),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }),
    foreignKey({
      columns: [t.workspaceId, t.productId],
      foreignColumns: [products.workspaceId, products.id],
    }),
    // Which deals hold a product (cross-selling, and whether a product is in use).
    index('deal_line_items_product_idx').on(t.workspaceId, t.productId),
  ],
);

/**
 * Per deal with line items: the value the line items last wrote to the deal. While the deal's
 * value still equals it, the value is the products' total and follows them; once it differs,
 * someone set the value by hand and the line items leave it alone (ADR 039).
 */
export const dealProductValues = pgTable(
  'deal_product_values',
  {
    workspaceId: workspaceId(),
    dealId: uuid('deal_id').notNull(),
    appliedValue: money('applied_value').notNull(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.dealId] }),
    foreignKey({
      columns: [t.workspaceId, t.dealId],
      foreignColumns: [deals.workspaceId, deals.id],
    }),
  ],
);
