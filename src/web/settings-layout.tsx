import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../kernel/web/components/page-header.tsx';
import { useMe } from '../kernel/web/lib/session.ts';

const TABS = [
  { to: '/settings/pipelines', label: 'settings.tabs.pipelines' },
  { to: '/settings/lost-reasons', label: 'settings.tabs.lostReasons' },
  { to: '/settings/forms', label: 'settings.tabs.forms' },
  { to: '/settings/goals', label: 'settings.tabs.goals' },
] as const;

// Only admins may change the workspace itself (the API refuses others).
const ADMIN_TABS = [{ to: '/settings/workspace', label: 'workspaceSettings.tab' }] as const;

/** The settings area (admins and managers): tabs over its pages. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const tabs = [...TABS, ...(me.user.role === 'admin' ? ADMIN_TABS : [])];
  const active = tabs.find((tab) => pathname.startsWith(tab.to))?.to ?? TABS[0].to;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        value={active}
        onChange={(to) => {
          const tab = tabs.find((item) => item.to === to);
          if (tab) void navigate({ to: tab.to });
        }}
        mb="lg"
      >
        <Tabs.List>
          {tabs.map((tab) => (
            <Tabs.Tab key={tab.to} value={tab.to}>
              {t(tab.label)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
      <Outlet />
    </>
  );
}
