import { Alert, Box, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { ExportButtons } from './export-buttons.tsx';
import { FilterBar } from './filter-bar.tsx';
import { ReportProblem } from './report-problem.tsx';
import { downloadReport } from '../api/download-report.ts';
import type { ExportFormat, ReportName } from '../api/types.ts';
import type { ReportFilters } from './use-report-filters.ts';

interface ReportPageProps<T> {
  /**
   * The API's name of the report, which the export buttons download (GET with the filters); or
   * how to download a report asked another way (what-if is a POST).
   */
  report: ReportName | { download: (format: ExportFormat) => Promise<void> };
  title: string;
  /** The question the report answers, in one sentence under its title. */
  question: string;
  filters: ReportFilters;
  query: UseQueryResult<T>;
  /** Whether an answer has nothing to show (then `empty` is shown instead of the report). */
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  /** Controls of this report only (a toggle, a grouping), beside the export buttons. */
  actions?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The frame of every report: title and question, the shared filter bar, Export CSV / XLSX for
 * the same filters, and the loading, empty and problem states around the report itself.
 */
export function ReportPage<T>({
  report,
  title,
  question,
  filters,
  query,
  isEmpty,
  empty,
  actions,
  children,
}: ReportPageProps<T>) {
  const { t } = useTranslation();
  const { data, error } = query;
  const updating = query.isFetching && data !== undefined;

  let body: ReactNode;
  if (filters.noPipeline) {
    body = <Alert color="gray">{t('reports.noPipeline')}</Alert>;
  } else if (data === undefined) {
    body = error ? <ReportProblem error={error} /> : <PageState />;
  } else {
    body = (
      <>
        {error && <ReportProblem error={error} />}
        {isEmpty?.(data) ? (
          <Alert color="gray" title={t('reports.emptyTitle')}>
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{empty ?? t('reports.empty')}</Text>
              {/* What to do next: a longer period, or the work a report reads. */}
              <Text size="sm">{t('reports.emptyNext')}</Text>
              <Button component={Link} to="/board" variant="light" size="xs">
                {t('reports.openBoard')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          children(data)
        )}
      </>
    );
  }

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Box>
          <Group gap="xs">
            <Title order={3}>{title}</Title>
            {updating && <Loader size="xs" aria-label={t('reports.updating')} />}
          </Group>
          <Text c="dimmed" size="sm">
            {question}
          </Text>
        </Box>
        <Group gap="sm">
          {actions}
          <ExportButtons
            download={
              typeof report === 'string'
                ? (format) => downloadReport(report, filters.params, format)
                : report.download
            }
            disabled={!filters.ready || filters.noPipeline}
          />
        </Group>
      </Group>
      <FilterBar filters={filters} />
      <Stack gap="md" aria-busy={query.isFetching}>
        {body}
      </Stack>
    </Stack>
  );
}
