import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  Outlet,
  redirect,
} from '@tanstack/react-router';
import { changeLanguage, isLanguage } from '../kernel/web/lib/i18n.ts';
import { isWeek } from '../kernel/web/lib/iso-week.ts';
import { isProblem } from '../kernel/web/lib/problem.ts';
import { leadFiltersFrom, type LeadFilters } from '../modules/leads/web/lead-filters-search.ts';
import { meQuery, setupStatusQuery } from '../kernel/web/lib/session.ts';
import {
  allUsersQuery,
  boardDealsQuery,
  boardStages,
  NO_BOARD_FILTERS,
  pipelinesQuery,
} from '../modules/conveyor/web/deals/deals-api.ts';
import { validateReportSearch } from '../modules/analytics/web/reports/report-search.ts';
import { AppLayout } from '../kernel/web/app/app-layout.tsx';
import { RouteError } from '../kernel/web/app/route-error.tsx';

interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
});

const setupRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery);
    if (!status.setupRequired) throw redirect({ to: '/login' });
  },
  component: lazyRouteComponent(() => import('../modules/identity/web/setup-page.tsx'), 'SetupPage'),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery);
    if (status.setupRequired) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(() => import('../modules/identity/web/login-page.tsx'), 'LoginPage'),
});

/** Everything behind sign-in: loads `GET /me` first; 401 → login (or setup on a fresh install). */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      const language = me.user.locale ?? me.workspace.locale;
      if (isLanguage(language)) await changeLanguage(language);
    } catch (error) {
      if (!isProblem(error) || error.status !== 401) throw error;
      const status = await context.queryClient.fetchQuery(setupStatusQuery);
      throw redirect({ to: status.setupRequired ? '/setup' : '/login' });
    }
  },
  component: AppLayout,
});

const indexRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/my-day' });
  },
});

const myDayRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/my-day',
  component: lazyRouteComponent(() => import('../modules/conveyor/web/my-day/my-day-page.tsx'), 'MyDayPage'),
});

const boardRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/board',
  // Started beside the page's chunk, not after it: the board's first load waits for neither.
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(allUsersQuery);
    void queryClient
      .ensureQueryData(pipelinesQuery)
      .then(({ items: [first] }) => {
        if (!first) return;
        const stageIds = boardStages(first).map((s) => s.id);
        return queryClient.prefetchQuery(boardDealsQuery(first.id, stageIds, NO_BOARD_FILTERS));
      })
      .catch(() => undefined); // the page's own queries show the problem
  },
  component: lazyRouteComponent(() => import('../modules/conveyor/web/deals/board-page.tsx'), 'BoardPage'),
});

/** The lamp dashboard: the week shown and the lamp drilled into live in the URL (back returns to it). */
const lampsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/lamps',
  validateSearch: (search: Record<string, unknown>): { week?: string; lamp?: string } => ({
    ...(typeof search.week === 'string' && isWeek(search.week) ? { week: search.week } : {}),
    ...(typeof search.lamp === 'string' ? { lamp: search.lamp } : {}),
  }),
  component: lazyRouteComponent(
    () => import('../modules/map/web/lamps/dashboard-page.tsx'),
    'DashboardPage',
  ),
});

/** The leads inbox: its filters live in the URL (a manager's "queue" view is a link). */
const leadsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/leads',
  validateSearch: (search: Record<string, unknown>): LeadFilters => leadFiltersFrom(search),
  component: lazyRouteComponent(() => import('../modules/leads/web/leads-page.tsx'), 'LeadsPage'),
});

/** Outbound prospecting: a CSV prospect list → column mapping → dry run → import. */
const leadImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/leads/import',
  component: lazyRouteComponent(() => import('../modules/leads/web/import-page.tsx'), 'ImportPage'),
});

const leadRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/leads/$leadId',
  component: lazyRouteComponent(() => import('../modules/leads/web/lead-page.tsx'), 'LeadPage'),
});

const dealRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/deals/$dealId',
  component: lazyRouteComponent(() => import('../modules/conveyor/web/deals/deal-page.tsx'), 'DealPage'),
});

/** The process map: elkjs, React Flow and ECharts load with this route only. */
const mapRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/map',
  component: lazyRouteComponent(() => import('../modules/map/web/map/map-page.tsx'), 'MapPage'),
});

/**
 * Reports: the shared filters live in the address (a link reproduces the view, tabs keep them);
 * each report, and ECharts with it, loads with its own route.
 */
const reportsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/reports',
  validateSearch: validateReportSearch,
  component: lazyRouteComponent(
    () => import('../modules/analytics/web/reports/reports-layout.tsx'),
    'ReportsLayout',
  ),
});

const reportsIndexRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/',
  beforeLoad: ({ search }) => {
    throw redirect({ to: '/reports/funnel', search });
  },
});

const funnelReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/funnel',
  component: lazyRouteComponent(() => import('../modules/analytics/web/reports/funnel-page.tsx'), 'FunnelPage'),
});

const velocityReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/velocity',
  component: lazyRouteComponent(
    () => import('../modules/analytics/web/reports/velocity-page.tsx'),
    'VelocityPage',
  ),
});

const stuckReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/stuck',
  component: lazyRouteComponent(() => import('../modules/analytics/web/reports/stuck-page.tsx'), 'StuckPage'),
});

const lossReasonsReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/loss-reasons',
  component: lazyRouteComponent(
    () => import('../modules/analytics/web/reports/loss-reasons-page.tsx'),
    'LossReasonsPage',
  ),
});

const peopleReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/people',
  component: lazyRouteComponent(() => import('../modules/analytics/web/reports/people-page.tsx'), 'PeoplePage'),
});

const forecastReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/forecast',
  component: lazyRouteComponent(
    () => import('../modules/analytics/web/reports/forecast-page.tsx'),
    'ForecastPage',
  ),
});

const sourcesReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/sources',
  component: lazyRouteComponent(
    () => import('../modules/analytics/web/reports/sources-page.tsx'),
    'SourcesPage',
  ),
});

const whatIfReportRoute = createRoute({
  getParentRoute: () => reportsRoute,
  path: '/what-if',
  component: lazyRouteComponent(() => import('../modules/analytics/web/reports/what-if-page.tsx'), 'WhatIfPage'),
});

const companiesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies',
  component: lazyRouteComponent(
    () => import('../modules/accounts/web/companies/companies-page.tsx'),
    'CompaniesPage',
  ),
});

const companyRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/companies/$companyId',
  component: lazyRouteComponent(
    () => import('../modules/accounts/web/companies/company-detail-page.tsx'),
    'CompanyDetailPage',
  ),
});

const contactsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts',
  component: lazyRouteComponent(
    () => import('../modules/accounts/web/contacts/contacts-page.tsx'),
    'ContactsPage',
  ),
});

const contactRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/contacts/$contactId',
  component: lazyRouteComponent(
    () => import('../modules/accounts/web/contacts/contact-detail-page.tsx'),
    'ContactDetailPage',
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/users',
  component: lazyRouteComponent(() => import('../modules/identity/web/users-page.tsx'), 'UsersPage'),
});

/** Settings are for admins and managers (the API refuses members' changes anyway). */
const settingsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/settings',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me.user.role === 'member') throw redirect({ to: '/board' });
  },
  component: lazyRouteComponent(
    () => import('./settings-layout.tsx'),
    'SettingsLayout',
  ),
});

const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/pipelines' });
  },
});

const settingsPipelinesRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/pipelines',
  validateSearch: (search: Record<string, unknown>): { pipeline?: string } =>
    typeof search.pipeline === 'string' ? { pipeline: search.pipeline } : {},
  component: lazyRouteComponent(
    () => import('../modules/conveyor/web/settings/pipelines-page.tsx'),
    'PipelinesPage',
  ),
});

const settingsFormsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/forms',
  component: lazyRouteComponent(() => import('../modules/leads/web/forms-page.tsx'), 'FormsPage'),
});

const settingsLostReasonsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/lost-reasons',
  component: lazyRouteComponent(
    () => import('../modules/conveyor/web/settings/lost-reasons-page.tsx'),
    'LostReasonsPage',
  ),
});

const settingsWorkspaceRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/workspace',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me.user.role !== 'admin') throw redirect({ to: '/settings/pipelines' });
  },
  component: lazyRouteComponent(
    () => import('../modules/identity/web/workspace-page.tsx'),
    'WorkspacePage',
  ),
});

/** People's goals: `?userId=` narrows the list to one person (the people report links here). */
const settingsGoalsRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/goals',
  validateSearch: (search: Record<string, unknown>): { userId?: string } =>
    typeof search.userId === 'string' ? { userId: search.userId } : {},
  component: lazyRouteComponent(() => import('../modules/analytics/web/goals/goals-page.tsx'), 'GoalsPage'),
});

const routeTree = rootRoute.addChildren([
  setupRoute,
  loginRoute,
  appRoute.addChildren([
    indexRoute,
    myDayRoute,
    boardRoute,
    lampsRoute,
    leadsRoute,
    leadImportRoute,
    leadRoute,
    dealRoute,
    mapRoute,
    reportsRoute.addChildren([
      reportsIndexRoute,
      funnelReportRoute,
      velocityReportRoute,
      stuckReportRoute,
      lossReasonsReportRoute,
      sourcesReportRoute,
      peopleReportRoute,
      forecastReportRoute,
      whatIfReportRoute,
    ]),
    companiesRoute,
    companyRoute,
    contactsRoute,
    contactRoute,
    usersRoute,
    settingsRoute.addChildren([
      settingsIndexRoute,
      settingsPipelinesRoute,
      settingsLostReasonsRoute,
      settingsFormsRoute,
      settingsGoalsRoute,
      settingsWorkspaceRoute,
    ]),
  ]),
]);

export function buildRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    defaultPendingMinMs: 0,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof buildRouter>;
  }
}
