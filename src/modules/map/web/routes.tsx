import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { isWeek } from '../../../kernel/web/lib/iso-week.ts';

/** The lamp dashboard and the process map. */
/** The week shown and the lamp drilled into live in the URL (back returns to it). */
const lamps = createRoute({
  getParentRoute: () => appFrame,
  path: '/lamps',
  validateSearch: (search: Record<string, unknown>): { week?: string; lamp?: string } => ({
    ...(typeof search.week === 'string' && isWeek(search.week) ? { week: search.week } : {}),
    ...(typeof search.lamp === 'string' ? { lamp: search.lamp } : {}),
  }),
  component: lazyRouteComponent(() => import('./lamps/dashboard-page.tsx'), 'DashboardPage'),
});
/** elkjs, React Flow and ECharts load with this route only. */
const map = createRoute({
  getParentRoute: () => appFrame,
  path: '/map',
  component: lazyRouteComponent(() => import('./map/map-page.tsx'), 'MapPage'),
});
const pagesRoutes = [lamps, map] as const;

const mapNav: readonly NavEntry[] = [
  { to: '/lamps', label: 'nav.lamps', order: 40 },
  { to: '/map', label: 'nav.map', order: 50 },
];

/** What the map module gives the web app (listed in src/web/modules.ts). */
export const mapWeb = {
  name: 'map',
  pages: pagesRoutes,
  nav: mapNav,
} satisfies WebModule;
