import { Alert, SegmentedControl } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isManager } from '../../../../contract/roles.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { ChannelCosts } from './channel-costs.tsx';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { axisTooltip, categoryAxis, chartGrid, valueAxis } from './report-chart-options.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { formatWait, sourceLabel } from './source-words.ts';
import type { SourceGrouping } from '../api/types.ts';
import { SOURCE_GROUPINGS } from './source-words.ts';
import { SourcesTable } from './sources-table.tsx';
import { useReportFilters } from './use-report-filters.ts';
import { NO_VALUE, useReportFormat, type ReportFormat } from './use-report-format.ts';

type Sources = ReportData<'sources'>;

/** Revenue beside cost for each source, the largest revenue on top. */
function revenueOption(report: Sources, f: ReportFormat, t: TFunction): ReportChartOption {
  // ECharts draws a category axis from the bottom up.
  const rows = [...report.rows].reverse();
  const labels = rows.map((r) => sourceLabel(t, r, report.groupBy));
  return {
    grid: chartGrid(32, 24),
    legend: { top: 0, textStyle: { color: CHART_COLOURS.text } },
    tooltip: axisTooltip((value) => f.money(Number(value)), true),
    xAxis: valueAxis({ format: f.money, minInterval: 1 }),
    yAxis: {
      ...categoryAxis(labels, { width: 200, overflow: 'break' }),
      axisTick: { show: false },
    },
    series: [
      {
        name: t('sourcesReport.columns.revenue'),
        type: 'bar',
        data: rows.map((r) => r.revenue),
        itemStyle: { color: CHART_COLOURS.won },
        barMaxWidth: 18,
      },
      {
        name: t('sourcesReport.columns.cost'),
        type: 'bar',
        data: rows.map((r) => r.cost ?? 0),
        itemStyle: { color: CHART_COLOURS.lost },
        barMaxWidth: 18,
      },
    ],
  };
}

function SourcesView({ report }: { report: Sources }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const total = report.total;
  const option = useMemo(
    () => revenueOption(report, f, t),
    // f follows from the report and the language.
    [report, f.locale, t],
  );
  const money = (value: number | null) => (value === null ? NO_VALUE : f.money(value));
  const manager = isManager(useMe().user.role);

  return (
    <>
      {!report.costsApplied && (
        <Alert color="gray">
          {t(manager ? 'sourcesReport.costsByPerson' : 'sourcesReport.costsManagersOnly')}
        </Alert>
      )}
      <ReportFigures
        label={t('sourcesReport.summary')}
        figures={[
          {
            label: t('sourcesReport.columns.leads'),
            value: f.number(total.leads),
            note:
              total.firstContact.medianSeconds === null
                ? undefined
                : t('sourcesReport.firstContactNote', {
                    wait: formatWait(total.firstContact.medianSeconds, f.locale),
                  }),
          },
          {
            label: t('sourcesReport.columns.won'),
            value: f.number(total.won),
            note: t('sourcesReport.ofDeals', {
              count: total.deals,
              deals: f.number(total.deals),
            }),
            colour: 'green.8',
          },
          {
            label: t('sourcesReport.columns.revenue'),
            value: f.money(total.revenue),
            colour: 'green.8',
          },
          {
            label: t('sourcesReport.columns.cost'),
            value: money(total.cost),
            note:
              total.returnOnCost === null
                ? undefined
                : t('sourcesReport.returnNote', { ratio: f.number(total.returnOnCost) }),
          },
        ]}
      />
      {report.rows.length === 0 ? (
        <Alert color="gray" title={t('reports.emptyTitle')}>
          {t('sourcesReport.empty')}
        </Alert>
      ) : (
        <>
          <ReportChart
            option={option}
            label={t('sourcesReport.chart')}
            height={Math.max(180, report.rows.length * 56 + 48)}
          />
          <SourcesTable rows={report.rows} total={total} grouping={report.groupBy} f={f} />
        </>
      )}
      {manager && (
        <ChannelCosts
          period={{ from: report.filters.from, to: report.filters.to }}
          rows={report.rows}
          f={f}
          currency={report.filters.currency}
        />
      )}
    </>
  );
}

/** Sources → revenue: what each channel, medium or campaign really returned (issue 6 item 5). */
export function SourcesPage() {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'optional', period: 'required' });
  const [groupBy, setGroupBy] = useState<SourceGrouping>('medium');
  const params = useMemo(() => ({ ...filters.params, groupBy }), [filters.params, groupBy]);
  const query = useQuery({ ...reportQuery('sources', params), enabled: filters.ready });

  return (
    <ReportPage
      report="sources"
      title={t('sourcesReport.title')}
      question={t('sourcesReport.question')}
      filters={{ ...filters, params }}
      query={query}
      actions={
        <SegmentedControl
          aria-label={t('sourcesReport.groupBy')}
          value={groupBy}
          onChange={(value) => setGroupBy(value as SourceGrouping)}
          data={SOURCE_GROUPINGS.map((g) => ({
            value: g,
            label: t(`sourcesReport.groupings.${g}`),
          }))}
        />
      }
    >
      {(report) => <SourcesView report={report} />}
    </ReportPage>
  );
}
