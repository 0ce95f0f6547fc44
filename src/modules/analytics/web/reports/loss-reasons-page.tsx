import { Alert, Badge, Group, SimpleGrid, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { GrowingAlerts, LossMonths } from './loss-months.tsx';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { sourceLabel } from './source-words.ts';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';

type Losses = ReportData<'loss-reasons'>;
type Group = Losses['byStage'][number];

function sharesOption(report: Losses, f: ReportFormat, name: (id: string | null) => string) {
  // Most frequent on top: ECharts draws a category axis from the bottom up.
  const reasons = [...report.reasons].reverse();
  const option: ReportChartOption = {
    grid: { left: 8, right: 56, top: 8, bottom: 8, containLabel: true },
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const r = reasons[(p as { dataIndex: number }).dataIndex];
        if (!r) return '';
        return `${name(r.id)}: <b>${f.number(r.count)}</b> (${f.percent(r.share)}) · ${f.money(r.value)}`;
      },
    },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      data: reasons.map((r) => name(r.id)),
      axisLabel: { color: CHART_COLOURS.text, width: 180, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: [
      {
        type: 'bar',
        data: reasons.map((r) => ({
          value: r.count,
          itemStyle: {
            color:
              report.warning && r.id === report.warning.reasonId
                ? CHART_COLOURS.highlight
                : CHART_COLOURS.primary,
          },
        })),
        barMaxWidth: 26,
        label: {
          show: true,
          position: 'right',
          color: CHART_COLOURS.text,
          formatter: (p: unknown) =>
            f.percent(reasons[(p as { dataIndex: number }).dataIndex]?.share ?? null),
        },
      },
    ],
  };
  return option;
}

/** Lost deals of a stage or an owner, with the reasons behind them, most frequent first. */
function GroupTable({
  label,
  column,
  groups,
  f,
  name,
  empty,
}: {
  label: string;
  column: string;
  groups: Group[];
  f: ReportFormat;
  name: (id: string | null) => string;
  empty: string;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Title order={4}>{label}</Title>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs" aria-label={label}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{column}</Table.Th>
              <Table.Th ta="right">{t('reports.loss.deals')}</Table.Th>
              <Table.Th ta="right">{t('reports.loss.share')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('reports.loss.value')}
              </Table.Th>
              <Table.Th>{t('reports.loss.reasons')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.id ?? 'none'}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {g.name ?? empty}
                </Table.Th>
                <Table.Td ta="right">{f.number(g.count)}</Table.Td>
                <Table.Td ta="right">{f.percent(g.share)}</Table.Td>
                <Table.Td ta="right">{f.money(g.value)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {g.reasons.map((r) => (
                      <Badge key={r.reasonId ?? 'none'} variant="light" color="gray" tt="none">
                        {name(r.reasonId)}: {f.number(r.count)}
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

function LossView({ report }: { report: Losses }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const names = new Map(report.reasons.map((r) => [r.id, r.name]));
  const name = (id: string | null) => names.get(id) ?? t('reports.loss.noReason');
  const option = useMemo(
    () => sharesOption(report, f, name),
    // f and name follow from the report and the language.
    [report, f.locale, t],
  );

  return (
    <>
      {report.warning && (
        <Alert color="orange" variant="filled" title={t('reports.loss.warningTitle')} role="alert">
          <Trans
            i18nKey="reports.loss.warning"
            values={{
              reason: report.warning.name ?? t('reports.loss.noReason'),
              share: f.percent(report.warning.share),
            }}
            components={{ b: <b /> }}
          />
        </Alert>
      )}
      <GrowingAlerts report={report} f={f} name={name} />
      <ReportFigures
        label={t('reports.loss.totals')}
        figures={[
          { label: t('reports.loss.lost'), value: f.number(report.total.count), colour: 'red.8' },
          { label: t('reports.loss.valueLost'), value: f.money(report.total.value) },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <ReportChart
          option={option}
          label={t('reports.loss.chart')}
          height={Math.max(160, report.reasons.length * 40 + 16)}
        />
        <Table striped verticalSpacing="xs" aria-label={t('reports.loss.byReason')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.loss.reason')}</Table.Th>
              <Table.Th ta="right">{t('reports.loss.deals')}</Table.Th>
              <Table.Th ta="right">{t('reports.loss.share')}</Table.Th>
              <Table.Th ta="right">{t('reports.loss.value')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.reasons.map((r) => (
              <Table.Tr key={r.id ?? 'none'}>
                <Table.Th scope="row" fw={500}>
                  {name(r.id)}
                </Table.Th>
                <Table.Td ta="right">{f.number(r.count)}</Table.Td>
                <Table.Td ta="right">{f.percent(r.share)}</Table.Td>
                <Table.Td ta="right">{f.money(r.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </SimpleGrid>
      <GroupTable
        label={t('reports.loss.byStage')}
        column={t('reports.loss.stage')}
        groups={report.byStage}
        f={f}
        name={name}
        empty={t('reports.loss.noReason')}
      />
      <GroupTable
        label={t('reports.loss.byOwner')}
        column={t('reports.loss.owner')}
        groups={report.byOwner}
        f={f}
        name={name}
        empty={t('reports.noOwner')}
      />
      <GroupTable
        label={t('reports.loss.bySource')}
        column={t('reports.loss.source')}
        // The API leaves a source's id null: the channel and medium tell the rows apart.
        groups={report.bySource.map((g) => ({
          ...g,
          id: `${g.channel ?? ''}/${g.medium ?? ''}`,
          name: sourceLabel(t, g, 'medium'),
        }))}
        f={f}
        name={name}
        empty={t('sourcesReport.noSource')}
      />
      {report.months.length > 0 && <LossMonths report={report} f={f} name={name} />}
    </>
  );
}

/**
 * Why deals were lost: the share and value of each reason, by stage, owner and source, month by
 * month, with warnings when one reason dominates or keeps growing (item 4).
 */
export function LossReasonsPage() {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'optional', period: 'required', source: true });
  const query = useQuery(reportQuery('loss-reasons', filters.params));
  return (
    <ReportPage
      report="loss-reasons"
      title={t('reports.loss.title')}
      question={t('reports.loss.question')}
      filters={filters}
      query={query}
      isEmpty={(r) => r.total.count === 0}
      empty={t('reports.loss.empty')}
    >
      {(report) => <LossView report={report} />}
    </ReportPage>
  );
}
