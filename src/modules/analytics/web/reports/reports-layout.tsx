import { Tabs } from '@mantine/core';
import { Outlet, useNavigate, useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { REPORT_TABS } from './report-tabs.ts';

/** The reports area: one tab per report; the filters in the address travel between them. */
export function ReportsLayout() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const active = REPORT_TABS.find((tab) => pathname.startsWith(tab.to))?.to ?? null;

  return (
    <>
      <PageHeader title={t('reports.title')} />
      <Tabs
        value={active}
        onChange={(to) => {
          const tab = REPORT_TABS.find((item) => item.to === to);
          if (tab) void navigate({ to: tab.to, search: true });
        }}
        mb="md"
      >
        <Tabs.List aria-label={t('reports.tabs.label')}>
          {REPORT_TABS.map((tab) => (
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
