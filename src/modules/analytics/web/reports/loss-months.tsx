import { Alert, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatMonth } from '../../../../kernel/web/lib/format.ts';
import { reasonsColumn } from './reason-badges.tsx';
import { seriesColours } from './series-colours.ts';
import { ChartLegend } from './chart-legend.tsx';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { axisTooltip, chartGrid, valueAxis, monthAxis } from './report-chart-options.ts';
import { ReportTable } from './report-table.tsx';
import type { ReportData } from '../api/types.ts';
import type { ReportFormat } from './use-report-format.ts';

type Losses = ReportData<'loss-reasons'>;
type Name = (id: string | null) => string;

/** Losses per month, stacked by reason in the order of the reasons' totals. */
function monthsOption(report: Losses, f: ReportFormat, name: Name): ReportChartOption {
  const growing = new Set(report.growing.map((g) => g.reasonId));
  return {
    // The legend is page text under the chart (ChartLegend): it wraps, never pages.
    grid: chartGrid(8),
    tooltip: axisTooltip((v) => (typeof v === 'number' ? f.number(v) : ''), true),
    xAxis: monthAxis(
      report.months.map((m) => m.month),
      f.locale,
    ),
    yAxis: valueAxis({ minInterval: 1 }),
    series: report.reasons.map((r, i, all) => ({
      type: 'bar',
      stack: 'losses',
      name: name(r.id),
      barMaxWidth: 48,
      // Every reason its own colour (two spreading reasons in one red would read as one); a
      // spreading catch-all is outlined in the warning's red.
      itemStyle: {
        color: seriesColours(all.length)[i],
        ...(growing.has(r.id) ? { borderColor: CHART_COLOURS.highlight, borderWidth: 2 } : {}),
      },
      data: report.months.map((m) => m.reasons.find((x) => x.reasonId === r.id)?.count ?? 0),
    })),
  };
}

/** The warning that a reason's share keeps growing month after month: a catch-all spreading. */
export function GrowingAlerts({
  report,
  f,
  name,
}: {
  report: Losses;
  f: ReportFormat;
  name: Name;
}) {
  const { t } = useTranslation();
  return report.growing.map((g) => (
    <Alert
      key={g.reasonId ?? 'none'}
      color="yellow"
      variant="light"
      title={t('reports.loss.growingTitle')}
      role="alert"
    >
      <Trans
        i18nKey="reports.loss.growing"
        values={{
          reason: g.name ?? name(g.reasonId),
          share: f.percent(g.share),
          shares: g.shares
            .map((s) => `${formatMonth(s.month, f.locale)} ${f.percent(s.share)}`)
            .join(' → '),
        }}
        components={{ b: <b /> }}
      />
    </Alert>
  ));
}

/** Month by month: the losses stacked by reason, and each month's reasons with their shares. */
export function LossMonths({ report, f, name }: { report: Losses; f: ReportFormat; name: Name }) {
  const { t } = useTranslation();
  const option = useMemo(
    () => monthsOption(report, f, name),
    // f and name follow from the report and the language.
    [report, f.locale, t],
  );
  const growing = new Set(report.growing.map((g) => g.reasonId));
  const colours = seriesColours(report.reasons.length);

  return (
    <Stack gap="xs">
      <Title order={4}>{t('reports.loss.byMonth')}</Title>
      <ReportChart option={option} label={t('reports.loss.monthsChart')} height={280} />
      <ChartLegend
        items={report.reasons.map((r, i) => ({
          name: name(r.id),
          colour: colours[i]!,
          ...(growing.has(r.id) ? { outline: CHART_COLOURS.highlight } : {}),
        }))}
      />
      <ReportTable
        label={t('reports.loss.byMonth')}
        head={{
          title: t('reports.loss.month'),
          value: (m) => formatMonth(m.month, f.locale),
          nowrap: true,
        }}
        columns={[
          { title: t('reports.loss.deals'), value: (m) => f.number(m.count) },
          { title: t('reports.loss.value'), value: (m) => f.money(m.value), nowrap: true },
          reasonsColumn<Losses['months'][number]>(t('reports.loss.reasonsShare'), (m) =>
            m.reasons.map((r) => ({
              reasonId: r.reasonId,
              text: `${name(r.reasonId)}: ${f.number(r.count)} (${f.percent(r.share)})`,
              growing: growing.has(r.reasonId),
            })),
          ),
        ]}
        rows={report.months}
        rowKey={(m) => m.month}
        minWidth={720}
      />
      <Text size="xs" c="dimmed">
        {t('reports.loss.monthsNote')}
      </Text>
    </Stack>
  );
}
