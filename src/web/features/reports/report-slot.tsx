import { Alert, Stack, Text, Title } from '@mantine/core';
import { useRouterState } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { REPORT_TABS } from './report-tabs.ts';

/** What the reports still to come will answer (their keys under `reports.slot`). */
const PROMISES: Partial<Record<string, 'sources' | 'whatIf'>> = {
  '/reports/sources': 'sources',
  '/reports/what-if': 'whatIf',
};

/**
 * The place of a report whose page is not built yet (sources → revenue, what-if): it says what
 * the report will answer instead of showing nothing. The page that replaces it takes its route
 * in router.tsx.
 */
export function ReportSlot() {
  const { t } = useTranslation();
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  const tab = REPORT_TABS.find((item) => pathname.startsWith(item.to));
  const promise = PROMISES[tab?.to ?? ''];
  return (
    <Stack gap="md">
      {tab && <Title order={3}>{t(tab.label)}</Title>}
      {promise && (
        <Text c="dimmed" size="sm">
          {t(`reports.slot.${promise}`)}
        </Text>
      )}
      <Alert color="gray">{t('reports.slot.notYet')}</Alert>
    </Stack>
  );
}
