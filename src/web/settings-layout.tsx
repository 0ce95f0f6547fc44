import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../kernel/web/components/page-header.tsx';
import { RouteTabs } from '../kernel/web/app/route-tabs.tsx';
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
  const me = useMe();

  return (
    <>
      <PageHeader title={t('settings.title')} />
      <RouteTabs tabs={visibleEntries(TABS, me.user.role)} firstByDefault mb="lg" />
      <Outlet />
    </>
  );
}
