import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../components/page-header.tsx';

const TABS = [
  { to: '/settings/pipelines', label: 'settings.tabs.pipelines' },
  { to: '/settings/lost-reasons', label: 'settings.tabs.lostReasons' },
  { to: '/settings/forms', label: 'settings.tabs.forms' },
] as const;

/** The settings area (admins and managers): tabs over its pages. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const active = TABS.find((tab) => pathname.startsWith(tab.to))?.to ?? TABS[0].to;

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <Tabs
        value={active}
        onChange={(to) => {
          const tab = TABS.find((item) => item.to === to);
          if (tab) void navigate({ to: tab.to });
        }}
        mb="lg"
      >
        <Tabs.List>
          {TABS.map((tab) => (
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
