import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appFrame, settingsFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { validateReportSearch } from './reports/report-search.ts';

/**
 * Reports: the shared filters live in the address (a link reproduces the view, tabs keep them);
 * each report, and ECharts with it, loads with its own route.
 */
const reports = createRoute({
  getParentRoute: () => appFrame,
  path: '/reports',
  validateSearch: validateReportSearch,
  component: lazyRouteComponent(() => import('./reports/reports-layout.tsx'), 'ReportsLayout'),
});
const index = createRoute({
  getParentRoute: () => reports,
  path: '/',
  beforeLoad: ({ search }) => {
    throw redirect({ to: '/reports/funnel', search });
  },
});
const funnel = createRoute({
  getParentRoute: () => reports,
  path: '/funnel',
  component: lazyRouteComponent(() => import('./reports/funnel-page.tsx'), 'FunnelPage'),
});
const velocity = createRoute({
  getParentRoute: () => reports,
  path: '/velocity',
  component: lazyRouteComponent(() => import('./reports/velocity-page.tsx'), 'VelocityPage'),
});
const stuck = createRoute({
  getParentRoute: () => reports,
  path: '/stuck',
  component: lazyRouteComponent(() => import('./reports/stuck-page.tsx'), 'StuckPage'),
});
const lossReasons = createRoute({
  getParentRoute: () => reports,
  path: '/loss-reasons',
  component: lazyRouteComponent(() => import('./reports/loss-reasons-page.tsx'), 'LossReasonsPage'),
});
const sources = createRoute({
  getParentRoute: () => reports,
  path: '/sources',
  component: lazyRouteComponent(() => import('./reports/sources-page.tsx'), 'SourcesPage'),
});
const people = createRoute({
  getParentRoute: () => reports,
  path: '/people',
  component: lazyRouteComponent(() => import('./reports/people-page.tsx'), 'PeoplePage'),
});
const forecast = createRoute({
  getParentRoute: () => reports,
  path: '/forecast',
  component: lazyRouteComponent(() => import('./reports/forecast-page.tsx'), 'ForecastPage'),
});
const whatIf = createRoute({
  getParentRoute: () => reports,
  path: '/what-if',
  component: lazyRouteComponent(() => import('./reports/what-if-page.tsx'), 'WhatIfPage'),
});
const pagesRoutes = [
  reports.addChildren([
    index,
    funnel,
    velocity,
    stuck,
    lossReasons,
    sources,
    people,
    forecast,
    whatIf,
  ]),
] as const;

/** People's goals: `?userId=` narrows the list to one person (the people report links here). */
const goals = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/goals',
  validateSearch: (search: Record<string, unknown>): { userId?: string } =>
    typeof search.userId === 'string' ? { userId: search.userId } : {},
  component: lazyRouteComponent(() => import('./goals/goals-page.tsx'), 'GoalsPage'),
});
const settingsRoutes = [goals] as const;

const analyticsNav: readonly NavEntry[] = [{ to: '/reports', label: 'nav.reports', order: 60 }];

const analyticsSettingsTabs: readonly NavEntry[] = [
  { to: '/settings/goals', label: 'settings.tabs.goals', order: 40 },
];

/** What the analytics module gives the web app (listed in src/web/modules.ts). */
export const analyticsWeb = {
  name: 'analytics',
  pages: pagesRoutes,
  settings: settingsRoutes,
  nav: analyticsNav,
  settingsTabs: analyticsSettingsTabs,
} satisfies WebModule;
