import { createRootRouteWithContext, createRoute, Outlet, redirect } from '@tanstack/react-router';
import { changeLanguage, isLanguage } from '../lib/i18n.ts';
import { setFormatRegion } from '../lib/format-region.ts';
import { isProblem } from '../lib/problem.ts';
import { meQuery } from '../lib/api/me-query.ts';
import { setupStatusQuery } from '../lib/api/setup-status-query.ts';
import { RouteError } from './route-error.tsx';
import type { RouterContext } from './router-context.ts';

// The frames every module's pages hang under. Modules declare their routes against these (so
// links stay typed); the web shell gives the signed-in frame and the settings frame their
// layouts, which list the modules' menu entries, and composes the tree (src/web/router.tsx).

export const rootFrame = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  errorComponent: RouteError,
});

/** Everything behind sign-in: loads `GET /me` first; 401 → login (or setup on a fresh install). */
export const appFrame = createRoute({
  getParentRoute: () => rootFrame,
  id: 'app',
  beforeLoad: async ({ context }) => {
    try {
      const me = await context.queryClient.ensureQueryData(meQuery);
      const language = me.user.locale ?? me.workspace.locale;
      setFormatRegion({
        defaultCountry: me.workspace.settings.defaultCountry,
        currency: me.workspace.currency,
      });
      if (isLanguage(language)) await changeLanguage(language);
    } catch (error) {
      if (!isProblem(error) || error.status !== 401) throw error;
      const status = await context.queryClient.fetchQuery(setupStatusQuery);
      throw redirect({ to: status.setupRequired ? '/setup' : '/login' });
    }
  },
});

/** Settings are for admins and managers (the API refuses members' changes anyway). */
export const settingsFrame = createRoute({
  getParentRoute: () => appFrame,
  path: '/settings',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me.user.role === 'member') throw redirect({ to: '/board' });
  },
});
