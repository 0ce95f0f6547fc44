import type { QueryClient } from '@tanstack/react-query';
import { createRoute, createRouter, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appFrame, rootFrame, settingsFrame } from '../kernel/web/app/frames.ts';
import { AppLayout } from './app-layout.tsx';
import { routesOf } from '../kernel/web/app/web-module.ts';
import { webModules } from './modules.ts';
import { landingPage } from '../modules/onboarding/web/index.ts';

// The route tree, put together from the modules' pages (src/web/modules.ts) under the frames
// of src/kernel/web/app/frames.ts; the shell gives the frames their layouts.
appFrame.update({ component: AppLayout });
settingsFrame.update({
  component: lazyRouteComponent(() => import('./settings-layout.tsx'), 'SettingsLayout'),
});

const indexRoute = createRoute({
  getParentRoute: () => appFrame,
  path: '/',
  // A new workspace opens on its first steps until they are done or put away; then My day.
  beforeLoad: async ({ context }) => {
    throw redirect({ to: await landingPage(context.queryClient) });
  },
});

const settingsIndexRoute = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/pipelines' });
  },
});

const routeTree = rootFrame.addChildren([
  ...routesOf(webModules, 'entryPages'),
  appFrame.addChildren([
    indexRoute,
    ...routesOf(webModules, 'pages'),
    settingsFrame.addChildren([settingsIndexRoute, ...routesOf(webModules, 'settings')]),
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
