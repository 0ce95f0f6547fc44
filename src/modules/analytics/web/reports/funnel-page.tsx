import { DEAL_OUTCOMES } from '../../../../contract/conveyor.ts';
import { SegmentedControl, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LeadFunnelView } from './lead-funnel-view.tsx';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { funnelChart } from './report-chart-options.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { ReportTable } from './report-table.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';

type Funnel = ReportData<'funnel'>;
type Order = 'inOrder' | 'anyPoint';

/** One row per stage in the view chosen: in order counts only deals that passed every stage before. */
function stageRows(report: Funnel, order: Order) {
  return report.stages.map((s) =>
    order === 'inOrder'
      ? { ...s, count: s.reachedInOrder, rate: s.conversionInOrder, worth: s.valueInOrder }
      : { ...s, count: s.reached, rate: s.conversion, worth: s.value },
  );
}

/** A line of the funnel's table (a stage, or one of its ends). */
interface TableRow {
  key: string;
  name: string;
  count: number;
  rate?: number | null;
  dropOff?: number;
  worth: number;
}

function FunnelView({ report, order }: { report: Funnel; order: Order }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const rows = stageRows(report, order);
  // Drop-off is "reached the previous stage but not this one": in order, from the in-order count.
  const dropOffs = rows.map((row, i) =>
    order === 'inOrder' ? (i === 0 ? report.entered : rows[i - 1]!.count) - row.count : row.dropOff,
  );
  // Entered, each stage, then won and lost: the ends have no drop-off (nor entered a rate).
  const tableRows: TableRow[] = [
    {
      key: 'entered',
      name: t('reports.funnel.entered'),
      count: report.entered,
      worth: report.enteredValue,
    },
    ...rows.map((row, i) => ({
      key: row.stageId,
      name: row.name,
      count: row.count,
      rate: row.rate,
      dropOff: dropOffs[i]!,
      worth: row.worth,
    })),
    ...DEAL_OUTCOMES.map((end) => ({
      key: end,
      name: t(`reports.funnel.${end}`),
      count: report[end].count,
      rate: report[end].rate,
      worth: report[end].value,
    })),
  ];
  const option = useMemo<ReportChartOption>(
    () => funnelOption(report, rows, t('reports.funnel.entered'), t('reports.funnel.won'), f),
    // rows and f follow from the report, the order and the language.
    [report, order, f.locale, t],
  );

  return (
    <>
      <ReportFigures
        label={t('reports.funnel.summary')}
        figures={[
          {
            label: t('reports.funnel.entered'),
            value: f.number(report.entered),
            note: f.money(report.enteredValue),
          },
          {
            label: t('reports.funnel.won'),
            value: f.number(report.won.count),
            note: `${f.percent(report.won.rate)} · ${f.money(report.won.value)}`,
            colour: 'green.8',
          },
          {
            label: t('reports.funnel.lost'),
            value: f.number(report.lost.count),
            note: `${f.percent(report.lost.rate)} · ${f.money(report.lost.value)}`,
            colour: 'red.8',
          },
          {
            label: t('reports.funnel.open'),
            value: f.number(report.open.count),
            note: f.money(report.open.value),
          },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <ReportChart option={option} label={t('reports.funnel.chart')} height={320} />
        <ReportTable
          label={t('reports.funnel.table')}
          head={{ title: t('reports.funnel.stage'), value: (row) => row.name }}
          columns={[
            { title: t('reports.funnel.reached'), value: (row) => f.number(row.count) },
            {
              title: t('reports.funnel.conversion'),
              value: (row) => (row.rate === undefined ? '' : f.percent(row.rate)),
            },
            {
              title: t('reports.funnel.dropOff'),
              value: (row) => (row.dropOff === undefined ? '' : f.number(row.dropOff)),
            },
            { title: t('reports.funnel.value'), value: (row) => f.money(row.worth) },
          ]}
          rows={tableRows}
          rowKey={(row) => row.key}
          minWidth={480}
        />
      </SimpleGrid>
    </>
  );
}

function funnelOption(
  report: Funnel,
  rows: ReturnType<typeof stageRows>,
  entered: string,
  won: string,
  f: ReportFormat,
): ReportChartOption {
  const steps = [
    { name: entered, value: report.entered },
    ...rows.map((r) => ({ name: r.name, value: r.count })),
    { name: won, value: report.won.count, itemStyle: { color: CHART_COLOURS.won } },
  ];
  return funnelChart(steps, report.entered, f);
}

type Kind = 'deals' | 'leads';

/** Deals or leads: which funnel the page shows. */
function KindSwitch({ kind, onChange }: { kind: Kind; onChange: (kind: Kind) => void }) {
  const { t } = useTranslation();
  return (
    <SegmentedControl
      aria-label={t('reports.funnel.kind')}
      value={kind}
      onChange={(value) => onChange(value as Kind)}
      data={[
        { value: 'deals', label: t('reports.funnel.deals') },
        { value: 'leads', label: t('reports.funnel.leads') },
      ]}
    />
  );
}

function DealFunnelReport({ kindSwitch }: { kindSwitch: ReactNode }) {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'required', period: 'required', source: true });
  const [order, setOrder] = useState<Order>('inOrder');
  const query = useQuery({ ...reportQuery('funnel', filters.params), enabled: filters.ready });

  return (
    <ReportPage
      report="funnel"
      title={t('reports.funnel.title')}
      question={t('reports.funnel.question')}
      filters={filters}
      query={query}
      isEmpty={(r) => r.entered === 0}
      empty={t('reports.funnel.empty')}
      actions={
        <>
          {kindSwitch}
          <SegmentedControl
            aria-label={t('reports.funnel.order')}
            value={order}
            onChange={(value) => setOrder(value as Order)}
            data={[
              { value: 'inOrder', label: t('reports.funnel.inOrder') },
              { value: 'anyPoint', label: t('reports.funnel.anyPoint') },
            ]}
          />
        </>
      }
    >
      {(report) => <FunnelView report={report} order={order} />}
    </ReportPage>
  );
}

function LeadFunnelReport({ kindSwitch }: { kindSwitch: ReactNode }) {
  const { t } = useTranslation();
  // All pipelines unless one is chosen: a pipeline only narrows which deals count as converted.
  const filters = useReportFilters({ pipeline: 'optional', period: 'required', source: true });
  const query = useQuery(reportQuery('lead-funnel', filters.params));

  return (
    <ReportPage
      report="lead-funnel"
      title={t('reports.funnel.title')}
      question={t('reports.leadFunnel.question')}
      filters={filters}
      query={query}
      isEmpty={(r) => (r.steps[0]?.reached ?? 0) === 0}
      empty={t('reports.leadFunnel.empty')}
      actions={kindSwitch}
    >
      {(report) => <LeadFunnelView report={report} />}
    </ReportPage>
  );
}

/**
 * The funnel of the deals created in a pipeline in the period, or of the leads created in it
 * (issue 6 item 1), narrowed to a source when one is chosen.
 */
export function FunnelPage() {
  const [kind, setKind] = useState<Kind>('deals');
  const kindSwitch = <KindSwitch kind={kind} onChange={setKind} />;
  return kind === 'deals' ? (
    <DealFunnelReport kindSwitch={kindSwitch} />
  ) : (
    <LeadFunnelReport kindSwitch={kindSwitch} />
  );
}
