import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { appFrame, settingsFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { allUsersQuery } from '../../identity/web/index.ts';
import { boardDealsQuery, boardStages } from './api/board-deals-query.ts';
import { NO_BOARD_FILTERS } from './api/board-filters.ts';
import { pipelinesQuery } from './api/pipelines-query.ts';
import { stageTotalsQuery } from './api/stage-totals-query.ts';

/** My day, the board and the deal card, under the signed-in frame. */
const myDay = createRoute({
  getParentRoute: () => appFrame,
  path: '/my-day',
  component: lazyRouteComponent(() => import('./my-day/my-day-page.tsx'), 'MyDayPage'),
});
const board = createRoute({
  getParentRoute: () => appFrame,
  path: '/board',
  // Started beside the page's chunk, not after it: the board's first load waits for neither.
  loader: ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(allUsersQuery);
    void queryClient
      .ensureQueryData(pipelinesQuery)
      .then(({ items: [first] }) => {
        if (!first) return;
        const stageIds = boardStages(first).map((s) => s.id);
        void queryClient.prefetchQuery(stageTotalsQuery(first.id, NO_BOARD_FILTERS));
        return queryClient.prefetchQuery(boardDealsQuery(first.id, stageIds, NO_BOARD_FILTERS));
      })
      .catch(() => undefined); // the page's own queries show the problem
  },
  component: lazyRouteComponent(() => import('./deals/board-page.tsx'), 'BoardPage'),
});
const deal = createRoute({
  getParentRoute: () => appFrame,
  path: '/deals/$dealId',
  component: lazyRouteComponent(() => import('./deals/deal-page.tsx'), 'DealPage'),
});
const pagesRoutes = [myDay, board, deal] as const;

/** The pipeline editor and the loss-reason list, under the settings frame. */
const pipelines = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/pipelines',
  validateSearch: (search: Record<string, unknown>): { pipeline?: string } =>
    typeof search.pipeline === 'string' ? { pipeline: search.pipeline } : {},
  component: lazyRouteComponent(() => import('./settings/pipelines-page.tsx'), 'PipelinesPage'),
});
const lostReasons = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/lost-reasons',
  component: lazyRouteComponent(
    () => import('./settings/lost-reasons-page.tsx'),
    'LostReasonsPage',
  ),
});
const settingsRoutes = [pipelines, lostReasons] as const;

const conveyorNav: readonly NavEntry[] = [
  { to: '/my-day', label: 'nav.myDay', order: 10 },
  { to: '/board', label: 'nav.board', order: 20 },
];

const conveyorSettingsTabs: readonly NavEntry[] = [
  { to: '/settings/pipelines', label: 'settings.tabs.pipelines', order: 10 },
  { to: '/settings/lost-reasons', label: 'settings.tabs.lostReasons', order: 20 },
];

/** What the conveyor module gives the web app (listed in src/web/modules.ts). */
export const conveyorWeb = {
  name: 'conveyor',
  pages: pagesRoutes,
  settings: settingsRoutes,
  nav: conveyorNav,
  settingsTabs: conveyorSettingsTabs,
} satisfies WebModule;
