import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { appFrame, rootFrame, settingsFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { meQuery } from '../../../kernel/web/lib/api/me-query.ts';
import { setupStatusQuery } from '../../../kernel/web/lib/api/setup-status-query.ts';

/** First-run set-up and sign-in: outside the signed-in frame. */
const setup = createRoute({
  getParentRoute: () => rootFrame,
  path: '/setup',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery);
    if (!status.setupRequired) throw redirect({ to: '/login' });
  },
  component: lazyRouteComponent(() => import('./setup-page.tsx'), 'SetupPage'),
});
const login = createRoute({
  getParentRoute: () => rootFrame,
  path: '/login',
  beforeLoad: async ({ context }) => {
    const status = await context.queryClient.fetchQuery(setupStatusQuery);
    if (status.setupRequired) throw redirect({ to: '/setup' });
  },
  component: lazyRouteComponent(() => import('./login-page.tsx'), 'LoginPage'),
});
const entryRoutes = [setup, login] as const;

/** The team (admins). */
const users = createRoute({
  getParentRoute: () => appFrame,
  path: '/users',
  component: lazyRouteComponent(() => import('./users-page.tsx'), 'UsersPage'),
});
const pagesRoutes = [users] as const;

/** The workspace's own settings: admins only. */
const workspace = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/workspace',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me.user.role !== 'admin') throw redirect({ to: '/settings/pipelines' });
  },
  component: lazyRouteComponent(() => import('./workspace-page.tsx'), 'WorkspacePage'),
});
const settingsRoutes = [workspace] as const;

const identityNav: readonly NavEntry[] = [
  { to: '/users', label: 'nav.users', order: 90, roles: ['admin'] },
];

// Only admins may change the workspace itself (the API refuses others).
const identitySettingsTabs: readonly NavEntry[] = [
  { to: '/settings/workspace', label: 'workspaceSettings.tab', order: 50, roles: ['admin'] },
];

/** What the identity module gives the web app (listed in src/web/modules.ts). */
export const identityWeb = {
  name: 'identity',
  entryPages: entryRoutes,
  pages: pagesRoutes,
  settings: settingsRoutes,
  nav: identityNav,
  settingsTabs: identitySettingsTabs,
} satisfies WebModule;
