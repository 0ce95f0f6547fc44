import { createRoute, lazyRouteComponent, redirect } from '@tanstack/react-router';
import { settingsFrame } from '../../../kernel/web/app/frames.ts';
import type { NavEntry, WebModule } from '../../../kernel/web/app/web-module.ts';
import { meQuery } from '../../../kernel/web/lib/api/me-query.ts';

/** The audit log: admins only (the API answers 403 to everyone else). */
const audit = createRoute({
  getParentRoute: () => settingsFrame,
  path: '/audit',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQuery);
    if (me.user.role !== 'admin') throw redirect({ to: '/settings/pipelines' });
  },
  component: lazyRouteComponent(() => import('./audit-page.tsx'), 'AuditPage'),
});
const settingsRoutes = [audit] as const;

const auditSettingsTabs: readonly NavEntry[] = [
  { to: '/settings/audit', label: 'audit.tab', order: 60, roles: ['admin'] },
];

/** No entry of its own in the main menu: the log is a settings tab. */
const auditNav: readonly NavEntry[] = [];

/** What the audit module gives the web app (listed in src/web/modules.ts). */
export const auditWeb = {
  name: 'audit',
  nav: auditNav,
  settings: settingsRoutes,
  settingsTabs: auditSettingsTabs,
} satisfies WebModule;
