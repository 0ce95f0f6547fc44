import { Alert, SimpleGrid, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { categoryAxis, chartGrid } from './report-chart-options.ts';
import { GrowingAlerts, LossMonths } from './loss-months.tsx';
import { reasonsColumn } from './reason-badges.tsx';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { ReportTable } from './report-table.tsx';
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
    grid: chartGrid(8, 56),
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
      ...categoryAxis(
        reasons.map((r) => name(r.id)),
        { width: 180, overflow: 'break' },
      ),
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
      <ReportTable
        label={label}
        head={{ title: column, value: (g) => g.name ?? empty, nowrap: true }}
        columns={[
          { title: t('reports.loss.deals'), value: (g) => f.number(g.count) },
          { title: t('reports.loss.share'), value: (g) => f.percent(g.share) },
          { title: t('reports.loss.value'), value: (g) => f.money(g.value), nowrap: true },
          reasonsColumn<Group>(t('reports.loss.reasons'), (g) =>
            g.reasons.map((r) => ({
              reasonId: r.reasonId,
              text: `${name(r.reasonId)}: ${f.number(r.count)}`,
            })),
          ),
        ]}
        rows={groups}
        rowKey={(g) => g.id ?? 'none'}
        minWidth={720}
      />
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
        <ReportTable
          label={t('reports.loss.byReason')}
          head={{ title: t('reports.loss.reason'), value: (r) => name(r.id) }}
          columns={[
            { title: t('reports.loss.deals'), value: (r) => f.number(r.count) },
            { title: t('reports.loss.share'), value: (r) => f.percent(r.share) },
            { title: t('reports.loss.value'), value: (r) => f.money(r.value) },
          ]}
          rows={report.reasons}
          rowKey={(r) => r.id ?? 'none'}
        />
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
