import { Alert, Button, Select, SimpleGrid } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth } from '../../../../kernel/web/lib/format.ts';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { axisTooltip, chartGrid, valueAxis, monthAxis } from './report-chart-options.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { ReportTable } from './report-table.tsx';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';
import { downloadWhatIf } from '../api/download-what-if.ts';
import type { WhatIf, WhatIfOverrides } from '../api/types.ts';
import { whatIfQuery } from '../api/what-if-query.ts';
import { changedCount, withLever } from './what-if-draft.ts';
import { WhatIfDrivers } from './what-if-drivers.tsx';
import { WhatIfLevers } from './what-if-levers.tsx';

const HORIZONS = [3, 6, 12, 24];

/** Revenue month by month: as measured (dashed) and with the drivers changed. */
function projectionOption(report: WhatIf, f: ReportFormat, t: TFunction): ReportChartOption {
  return {
    grid: chartGrid(32),
    legend: { top: 0, textStyle: { color: CHART_COLOURS.text } },
    tooltip: axisTooltip((value) => f.money(Number(value))),
    xAxis: monthAxis(
      report.months.map((m) => m.month),
      f.locale,
    ),
    yAxis: valueAxis({ format: f.money, minInterval: 1 }),
    series: [
      {
        name: t('whatIf.baseline'),
        type: 'line',
        data: report.months.map((m) => m.baseline.revenue),
        lineStyle: { type: 'dashed', color: CHART_COLOURS.muted },
        itemStyle: { color: CHART_COLOURS.muted },
      },
      {
        name: t('whatIf.projection'),
        type: 'line',
        data: report.months.map((m) => m.projection.revenue),
        lineStyle: { width: 3, color: CHART_COLOURS.primary },
        itemStyle: { color: CHART_COLOURS.primary },
      },
    ],
  };
}

function WhatIfView({
  report,
  overrides,
  onChange,
}: {
  report: WhatIf;
  overrides: WhatIfOverrides;
  onChange: (overrides: WhatIfOverrides) => void;
}) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const option = useMemo(
    () => projectionOption(report, f, t),
    // f follows from the report and the language.
    [report, f.locale, t],
  );
  const { baseline, projection } = report.total;
  const difference = projection.revenue - baseline.revenue;

  return (
    <>
      {/* "Nothing was won" only when nothing was: the other reports count deals won in the
          period, while the win rate is measured on the deals that entered in it (ADR 033). */}
      {report.winRate.baseline === 0 && baseline.revenue === 0 && (
        <Alert color="gray">
          {report.measured.won.count === 0
            ? t('whatIf.nothingMeasured')
            : t('whatIf.noneOfTheEnteredWon', { count: report.measured.won.count })}
        </Alert>
      )}
      <ReportFigures
        label={t('whatIf.summary')}
        figures={[
          {
            label: t('whatIf.projectedRevenue', { count: report.horizon }),
            value: f.money(projection.revenue),
            note: t('whatIf.against', {
              baseline: f.money(baseline.revenue),
              difference: `${difference >= 0 ? '+' : '−'}${f.money(Math.abs(difference))}`,
            }),
            colour: difference > 0 ? 'green.8' : difference < 0 ? 'red.8' : undefined,
          },
          {
            label: t('whatIf.projectedWon'),
            value: f.number(projection.won),
            note: t('whatIf.baselineWon', { won: f.number(baseline.won) }),
          },
          {
            label: t('whatIf.winRate'),
            value: f.percent(report.winRate.scenario),
            note: t('whatIf.measuredShort', { value: f.percent(report.winRate.baseline) }),
          },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <ReportChart option={option} label={t('whatIf.chart')} height={300} />
        <WhatIfLevers
          levers={report.levers}
          scenario={report.scenario}
          f={f}
          onTry={(lever) => onChange(withLever(overrides, lever))}
        />
      </SimpleGrid>
      <WhatIfDrivers
        baseline={report.baseline}
        scenario={report.scenario}
        overrides={overrides}
        currency={report.filters.currency}
        f={f}
        onChange={onChange}
      />
      <ReportTable
        label={t('whatIf.table')}
        head={{ title: t('whatIf.month'), value: (m) => formatMonth(m.month, f.locale) }}
        columns={[
          { title: t('whatIf.baselineWonColumn'), value: (m) => f.number(m.baseline.won) },
          { title: t('whatIf.baselineRevenue'), value: (m) => f.money(m.baseline.revenue) },
          { title: t('whatIf.projectedWonColumn'), value: (m) => f.number(m.projection.won) },
          {
            title: t('whatIf.projectedRevenueColumn'),
            value: (m) => f.money(m.projection.revenue),
          },
        ]}
        rows={report.months}
        rowKey={(m) => m.month}
        minWidth={560}
      />
    </>
  );
}

/**
 * What-if: the pipeline's measured drivers, changed by the user, projected month by month —
 * and which driver to push first (issue 6 item 8). The drivers reset when the filters change.
 */
export function WhatIfPage() {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'required', period: 'required' });
  const [horizon, setHorizon] = useState(6);
  const scope = JSON.stringify(filters.params);
  const [draft, setDraft] = useState<{ scope: string; overrides: WhatIfOverrides }>({
    scope,
    overrides: {},
  });
  const overrides = draft.scope === scope ? draft.overrides : {};
  const setOverrides = (next: WhatIfOverrides) => setDraft({ scope, overrides: next });
  const body = {
    ...filters.params,
    pipelineId: filters.params.pipelineId ?? '',
    horizon,
    overrides,
  };
  const query = useQuery({ ...whatIfQuery(body), enabled: filters.ready });
  const changed = changedCount(overrides);

  return (
    <ReportPage
      report={{ download: (format) => downloadWhatIf(body, format) }}
      title={t('whatIf.title')}
      question={t('whatIf.question')}
      filters={filters}
      query={query}
      actions={
        <>
          <Select
            aria-label={t('whatIf.horizon')}
            data={HORIZONS.map((n) => ({
              value: String(n),
              label: t('whatIf.months', { count: n }),
            }))}
            value={String(horizon)}
            allowDeselect={false}
            onChange={(value) => value && setHorizon(Number(value))}
            w={130}
            size="sm"
          />
          <Button
            variant="default"
            size="sm"
            disabled={changed === 0}
            onClick={() => setOverrides({})}
          >
            {changed === 0 ? t('whatIf.nothingChanged') : t('whatIf.reset', { count: changed })}
          </Button>
        </>
      }
    >
      {(report) => <WhatIfView report={report} overrides={overrides} onChange={setOverrides} />}
    </ReportPage>
  );
}
