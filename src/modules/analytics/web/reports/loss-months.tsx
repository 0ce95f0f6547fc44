import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatMonth } from '../../../../kernel/web/lib/format.ts';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import type { ReportData } from '../api/types.ts';
import type { ReportFormat } from './use-report-format.ts';

type Losses = ReportData<'loss-reasons'>;
type Name = (id: string | null) => string;

/** Losses per month, stacked by reason in the order of the reasons' totals. */
function monthsOption(report: Losses, f: ReportFormat, name: Name): ReportChartOption {
  const growing = new Set(report.growing.map((g) => g.reasonId));
  return {
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    legend: { top: 0, type: 'scroll', textStyle: { color: CHART_COLOURS.text } },
    tooltip: {
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      valueFormatter: (v) => (typeof v === 'number' ? f.number(v) : ''),
    },
    xAxis: {
      type: 'category',
      data: report.months.map((m) => formatMonth(m.month, f.locale)),
      axisLabel: { color: CHART_COLOURS.text },
    },
    yAxis: {
      type: 'value',
      minInterval: 1,
      axisLabel: { color: CHART_COLOURS.muted },
      splitLine: { lineStyle: { color: CHART_COLOURS.grid } },
    },
    series: report.reasons.map((r, i) => ({
      type: 'bar',
      stack: 'losses',
      name: name(r.id),
      barMaxWidth: 48,
      // A spreading catch-all in the warning's red; the others in the usual series colours.
      itemStyle: {
        color: growing.has(r.id)
          ? CHART_COLOURS.highlight
          : CHART_COLOURS.series[i % CHART_COLOURS.series.length],
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

  return (
    <Stack gap="xs">
      <Title order={4}>{t('reports.loss.byMonth')}</Title>
      <ReportChart option={option} label={t('reports.loss.monthsChart')} height={280} />
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs" aria-label={t('reports.loss.byMonth')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('reports.loss.month')}</Table.Th>
              <Table.Th ta="right">{t('reports.loss.deals')}</Table.Th>
              <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('reports.loss.value')}
              </Table.Th>
              <Table.Th>{t('reports.loss.reasonsShare')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {report.months.map((m) => (
              <Table.Tr key={m.month}>
                <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                  {formatMonth(m.month, f.locale)}
                </Table.Th>
                <Table.Td ta="right">{f.number(m.count)}</Table.Td>
                <Table.Td ta="right">{f.money(m.value)}</Table.Td>
                <Table.Td>
                  <Group gap={6}>
                    {m.reasons.map((r) => (
                      <Badge
                        key={r.reasonId ?? 'none'}
                        variant="light"
                        color={growing.has(r.reasonId) ? 'red' : 'gray'}
                        tt="none"
                      >
                        {name(r.reasonId)}: {f.number(r.count)} ({f.percent(r.share)})
                      </Badge>
                    ))}
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Text size="xs" c="dimmed">
        {t('reports.loss.monthsNote')}
      </Text>
    </Stack>
  );
}
