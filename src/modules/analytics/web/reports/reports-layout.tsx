import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouteTabs } from '../../../../kernel/web/app/route-tabs.tsx';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { isManager } from '../../../../contract/roles.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { REPORT_TABS } from './report-tabs.ts';

/** The reports area: one tab per report; the filters in the address travel between them. */
export function ReportsLayout() {
  const { t } = useTranslation();
  const manager = isManager(useMe().user.role);
  const tabs = REPORT_TABS.filter((tab) => manager || !('managersOnly' in tab));

  return (
    <>
      <PageHeader title={t('reports.title')} />
      <RouteTabs tabs={tabs} label={t('reports.tabs.label')} keepSearch mb="md" />
      <Outlet />
    </>
  );
}
