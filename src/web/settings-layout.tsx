import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../kernel/web/components/page-header.tsx';
import { useMe } from '../kernel/web/lib/session.ts';
import { visibleEntries, type NavEntry } from '../kernel/web/app/web-module.ts';
import { webModules } from './modules.ts';

/** Every module's settings tabs; each says who may see it. */
const TABS: readonly NavEntry[] = webModules.flatMap((module): readonly NavEntry[] =>
  'settingsTabs' in module ? module.settingsTabs : [],
);

/** The settings area (admins and managers): tabs over its pages. */
export function SettingsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useMe();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const tabs = visibleEntries(TABS, me.user.role);
  const active = tabs.find((tab) => pathname.startsWith(tab.to))?.to ?? tabs[0]?.to;

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
