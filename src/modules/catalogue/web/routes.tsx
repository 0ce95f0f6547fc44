import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { settingsFrame } from '../../../kernel/web/app/frames.ts';
import type { DealSection } from '../../../kernel/web/app/deal-sections.tsx';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { DealProducts } from './deal/deal-products.tsx';

/** The catalogue and the price lists, under the settings frame. */
const products = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/products',
  component: lazyRouteComponent(() => import('./settings/products-page.tsx'), 'ProductsPage'),
});
const priceLists = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/price-lists',
  component: lazyRouteComponent(() => import('./settings/price-lists-page.tsx'), 'PriceListsPage'),
});
const settingsRoutes = [products, priceLists] as const;

const catalogueSettingsTabs: readonly NavEntry[] = [
  { to: '/settings/products', label: 'catalogue.tabs.products', order: 22 },
  { to: '/settings/price-lists', label: 'catalogue.tabs.priceLists', order: 24 },
];

/** The deal card's "Products", below its fields and activities. */
const catalogueDealSections: readonly DealSection[] = [
  { key: 'products', order: 10, component: DealProducts },
];

/** What the catalogue module gives the web app (listed in src/web/modules.ts). */
export const catalogueWeb = {
  name: 'catalogue',
  settings: settingsRoutes,
  settingsTabs: catalogueSettingsTabs,
  dealSections: catalogueDealSections,
} satisfies WebModule;
