import { presentDeal } from '../../../conveyor/index.ts';
import type { DealLineItems } from '../../app/line-items/set-deal-line-items.ts';
import type { createPriceList } from '../../app/price-lists/create-price-list.ts';
import type { createProduct } from '../../app/products/create-product.ts';

type ProductRow = Awaited<ReturnType<typeof createProduct>>;
type PriceListRecord = Awaited<ReturnType<typeof createPriceList>>;
type LineItemView = DealLineItems['items'][number];

export function presentProduct(p: ProductRow) {
  return {
    id: p.id,
    name: p.name,
    sku: p.sku,
    unit: p.unit,
    category: p.category,
    active: p.active,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
  };
}

export function presentPriceList(l: PriceListRecord) {
  return {
    id: l.id,
    name: l.name,
    currency: l.currency,
    validFrom: l.validFrom,
    validTo: l.validTo,
    active: l.active,
    prices: l.prices.map((p) => ({ productId: p.productId, unitPrice: p.unitPrice })),
    createdAt: l.createdAt.toISOString(),
    updatedAt: l.updatedAt.toISOString(),
    version: l.version,
  };
}

function presentLineItem(i: LineItemView) {
  return {
    productId: i.productId,
    productName: i.productName,
    unit: i.unit,
    quantity: i.quantity,
    unitPrice: i.unitPrice,
    discountPercent: i.discountPercent,
    amount: i.amount,
  };
}

export function presentDealLineItems(d: DealLineItems) {
  return {
    ...presentDeal(d.deal),
    lineItems: d.items.map(presentLineItem),
    lineItemsTotal: d.total,
    valueFromProducts: d.valueFromProducts,
  };
}
