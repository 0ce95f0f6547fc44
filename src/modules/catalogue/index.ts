// The public surface of the catalogue module: products, price lists and deals' line items.
import type { ServerModule } from '../../kernel/http/server-module.ts';
import { lineItemsRoutes } from './http/line-items.routes.ts';
import { priceListsRoutes } from './http/price-lists.routes.ts';
import { productsRoutes } from './http/products.routes.ts';

export { dealLineItems, priceLists, products } from './db/schema.ts';

/** What the catalogue module gives the server (listed in src/server/modules.ts). */
export const catalogueModule: ServerModule = {
  name: 'catalogue',
  routes: [productsRoutes, priceListsRoutes, lineItemsRoutes],
};
