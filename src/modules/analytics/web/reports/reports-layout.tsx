import { Outlet } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { RouteTabs } from '../../../../kernel/web/app/route-tabs.tsx';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { REPORT_TABS } from './report-tabs.ts';

/** The reports area: one tab per report; the filters in the address travel between them. */
export function ReportsLayout() {
  const { t } = useTranslation();

  return (
    <>
      <PageHeader title={t('reports.title')} />
      <RouteTabs tabs={REPORT_TABS} label={t('reports.tabs.label')} keepSearch mb="md" />
      <Outlet />
    </>
  );
}
