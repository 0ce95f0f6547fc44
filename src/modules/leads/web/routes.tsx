import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appFrame, settingsFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { type LeadFilters, leadFiltersFrom } from './lead-filters-search.ts';

/** The inbox, the prospect import and the lead card. */
/** The leads inbox: its filters live in the URL (a manager's "queue" view is a link). */
const inbox = createRoute({
  getParentRoute: () => appFrame,
  path: '/leads',
  validateSearch: (search: Record<string, unknown>): LeadFilters => leadFiltersFrom(search),
  component: lazyRouteComponent(() => import('./leads-page.tsx'), 'LeadsPage'),
});
/** Outbound prospecting: a CSV prospect list → column mapping → dry run → import. */
const importList = createRoute({
  getParentRoute: () => appFrame,
  path: '/leads/import',
  component: lazyRouteComponent(() => import('./import-page.tsx'), 'ImportPage'),
});
const lead = createRoute({
  getParentRoute: () => appFrame,
  path: '/leads/$leadId',
  component: lazyRouteComponent(() => import('./lead-page.tsx'), 'LeadPage'),
});
const pagesRoutes = [inbox, importList, lead] as const;

/** Web forms, under the settings frame. */
const forms = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/forms',
  component: lazyRouteComponent(() => import('./forms-page.tsx'), 'FormsPage'),
});
const settingsRoutes = [forms] as const;

const leadsNav: readonly NavEntry[] = [{ to: '/leads', label: 'nav.leads', order: 30 }];

const leadsSettingsTabs: readonly NavEntry[] = [
  { to: '/settings/forms', label: 'settings.tabs.forms', order: 30 },
];

/** What the leads module gives the web app (listed in src/web/modules.ts). */
export const leadsWeb = {
  name: 'leads',
  pages: pagesRoutes,
  settings: settingsRoutes,
  nav: leadsNav,
  settingsTabs: leadsSettingsTabs,
} satisfies WebModule;
