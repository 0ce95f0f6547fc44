import { DEAL_OUTCOMES } from '../../../../contract/conveyor.ts';
import { Alert, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import {
  durationUnit,
  formatDurationIn,
  formatMonth,
  SECONDS_IN,
} from '../../../../kernel/web/lib/format.ts';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import {
  axisTooltip,
  categoryAxis,
  chartGrid,
  valueAxis,
  monthAxis,
} from './report-chart-options.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { ReportTable } from './report-table.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';

type Velocity = ReportData<'velocity'>;

/**
 * A chart's value axis in one unit, the one its longest duration reads best in: stays of minutes
 * are drawn in minutes, not as slivers of a day. Values are plotted in that unit.
 */
function durationAxis(seconds: (number | null)[], locale: string) {
  const unit = durationUnit(Math.max(0, ...seconds.map((s) => s ?? 0)));
  const size = SECONDS_IN[unit];
  return {
    value: (s: number | null) => (s === null ? null : s / size),
    label: (v: number) => formatDurationIn(v * size, unit, locale),
  };
}

function stagesOption(report: Velocity, f: ReportFormat, median: string, p75: string) {
  const axis = durationAxis(
    report.stages.map((s) => s.p75Seconds),
    f.locale,
  );
  const bar = (pick: (s: Velocity['stages'][number]) => number | null, pale: boolean) =>
    report.stages.map((s) => ({
      value: axis.value(pick(s)),
      itemStyle: {
        color: s.bottleneck
          ? pale
            ? '#ffc9c9'
            : CHART_COLOURS.highlight
          : pale
            ? CHART_COLOURS.pale
            : CHART_COLOURS.primary,
      },
    }));
  const option: ReportChartOption = {
    grid: chartGrid(32),
    legend: { top: 0, data: [median, p75] },
    tooltip: axisTooltip((v) => (typeof v === 'number' ? axis.label(v) : f.duration(null))),
    // A stage's words one under another: half a page holds every stage's name in any language.
    xAxis: categoryAxis(
      report.stages.map((s) => s.name),
      { formatter: (name) => name.trim().split(/\s+/).join('\n') },
    ),
    // Whole units on the axis: ticks of a fifth of a second would all read "0 seconds".
    yAxis: valueAxis({ format: axis.label, minInterval: 1 }),
    series: [
      {
        type: 'bar',
        name: median,
        data: bar((s) => s.medianSeconds, false),
        itemStyle: { color: CHART_COLOURS.primary },
      },
      {
        type: 'bar',
        name: p75,
        data: bar((s) => s.p75Seconds, true),
        itemStyle: { color: CHART_COLOURS.pale },
      },
    ],
  };
  return option;
}

function trendOption(report: Velocity, f: ReportFormat, won: string, lost: string) {
  const axis = durationAxis(
    report.months.flatMap((m) => [m.won.medianSeconds, m.lost.medianSeconds]),
    f.locale,
  );
  const option: ReportChartOption = {
    grid: chartGrid(32),
    legend: { top: 0, data: [won, lost] },
    tooltip: axisTooltip((v) => (typeof v === 'number' ? axis.label(v) : f.duration(null))),
    xAxis: monthAxis(
      report.months.map((m) => m.month),
      f.locale,
    ),
    // Whole units on the axis: ticks of a fifth of a second would all read "0 seconds".
    yAxis: valueAxis({ format: axis.label, minInterval: 1 }),
    series: DEAL_OUTCOMES.map((closed) => ({
      type: 'line' as const,
      name: closed === 'won' ? won : lost,
      data: report.months.map((m) => axis.value(m[closed].medianSeconds)),
      connectNulls: true,
      symbolSize: 8,
      itemStyle: { color: CHART_COLOURS[closed] },
    })),
  };
  return option;
}

function VelocityView({ report }: { report: Velocity }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const bottleneck = report.stages.find((s) => s.bottleneck);
  const stays = (closed: { medianSeconds: number | null; count: number }) =>
    `${f.duration(closed.medianSeconds)} (${f.number(closed.count)})`;
  const stages = useMemo(
    () => stagesOption(report, f, t('reports.velocity.median'), t('reports.velocity.p75')),
    // f follows from the language.
    [report, f.locale, t],
  );
  const trend = useMemo(
    () => trendOption(report, f, t('reports.velocity.toWon'), t('reports.velocity.toLost')),
    [report, f.locale, t],
  );

  return (
    <>
      {bottleneck ? (
        <Alert color="red" variant="light" title={t('reports.velocity.bottleneckTitle')}>
          <Trans
            i18nKey="reports.velocity.bottleneck"
            values={{
              stage: bottleneck.name,
              median: f.duration(bottleneck.medianSeconds),
              p75: f.duration(bottleneck.p75Seconds),
              count: bottleneck.count,
            }}
            components={{ b: <b /> }}
          />
        </Alert>
      ) : (
        <Alert color="gray">{t('reports.velocity.noStays')}</Alert>
      )}
      <ReportFigures
        label={t('reports.velocity.cycle')}
        figures={[
          {
            label: t('reports.velocity.toWon'),
            value: f.duration(report.cycle.won.medianSeconds),
            note: t('reports.velocity.cycleNote', {
              p75: f.duration(report.cycle.won.p75Seconds),
              count: report.cycle.won.count,
            }),
            colour: 'green.8',
          },
          {
            label: t('reports.velocity.toLost'),
            value: f.duration(report.cycle.lost.medianSeconds),
            note: t('reports.velocity.cycleNote', {
              p75: f.duration(report.cycle.lost.p75Seconds),
              count: report.cycle.lost.count,
            }),
            colour: 'red.8',
          },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg">
        <Stack gap="xs">
          <Title order={4}>{t('reports.velocity.inStage')}</Title>
          <ReportChart option={stages} label={t('reports.velocity.stagesChart')} height={280} />
          <ReportTable
            label={t('reports.velocity.inStage')}
            head={{
              title: t('reports.velocity.stage'),
              value: (s) =>
                s.bottleneck ? `${s.name} · ${t('reports.velocity.bottleneckTag')}` : s.name,
            }}
            columns={[
              { title: t('reports.velocity.stays'), value: (s) => f.number(s.count) },
              { title: t('reports.velocity.median'), value: (s) => f.duration(s.medianSeconds) },
              { title: t('reports.velocity.p75'), value: (s) => f.duration(s.p75Seconds) },
            ]}
            rows={report.stages}
            rowKey={(s) => s.stageId}
            marked={(s) => (s.bottleneck ? 'red.8' : undefined)}
          />
        </Stack>
        <Stack gap="xs">
          <Title order={4}>{t('reports.velocity.trend')}</Title>
          {report.months.length > 0 ? (
            <>
              <ReportChart option={trend} label={t('reports.velocity.trendChart')} height={280} />
              <ReportTable
                label={t('reports.velocity.trend')}
                head={{
                  title: t('reports.velocity.month'),
                  value: (m) => formatMonth(m.month, f.locale),
                }}
                columns={[
                  { title: t('reports.velocity.toWon'), value: (m) => stays(m.won) },
                  { title: t('reports.velocity.toLost'), value: (m) => stays(m.lost) },
                ]}
                rows={report.months}
                rowKey={(m) => m.month}
              />
              <Text size="xs" c="dimmed">
                {t('reports.velocity.trendNote')}
              </Text>
            </>
          ) : (
            <Text c="dimmed" size="sm">
              {t('reports.velocity.noClosed')}
            </Text>
          )}
        </Stack>
      </SimpleGrid>
    </>
  );
}

/** How fast deals move through a pipeline, and where they wait longest (issue 6 item 2). */
export function VelocityPage() {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'required', period: 'required' });
  const query = useQuery({ ...reportQuery('velocity', filters.params), enabled: filters.ready });
  return (
    <ReportPage
      report="velocity"
      title={t('reports.velocity.title')}
      question={t('reports.velocity.question')}
      filters={filters}
      query={query}
      isEmpty={(r) =>
        r.stages.every((s) => s.count === 0) && r.cycle.won.count + r.cycle.lost.count === 0
      }
      empty={t('reports.velocity.empty')}
    >
      {(report) => <VelocityView report={report} />}
    </ReportPage>
  );
}
