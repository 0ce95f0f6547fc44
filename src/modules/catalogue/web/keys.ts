import { recordKeys } from '../../../kernel/web/data/query-keys.ts';

/** Products: the settings list (by its filters) and the active ones a deal's picker offers. */
export const productKeys = {
  ...recordKeys('products'),
};

/** Price lists with their prices: the settings list and the lists that price a currency. */
export const priceListKeys = {
  ...recordKeys('price-lists'),
};

const lineItems = recordKeys('line-items');

/** A deal's line items (with the deal as it is), per version of the deal. */
export const lineItemKeys = {
  ...lineItems,
  ofDeal: (dealId: string) => lineItems.view('deal', dealId),
  atVersion: (dealId: string, version: number) => lineItems.view('deal', dealId, version),
};
