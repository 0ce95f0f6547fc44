import { SimpleGrid, Table, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { ReportFigures } from './report-figures.tsx';
import type { ReportData } from '../api/types.ts';
import { formatWait } from './source-words.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';

export type LeadFunnel = ReportData<'lead-funnel'>;

const step = (report: LeadFunnel, name: LeadFunnel['steps'][number]['step']) =>
  report.steps.find((s) => s.step === name);

function leadFunnelOption(report: LeadFunnel, f: ReportFormat, t: TFunction): ReportChartOption {
  const created = step(report, 'created')?.reached ?? 0;
  return {
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const point = p as { name: string; value: number };
        return `${point.name}: <b>${f.number(point.value)}</b>`;
      },
    },
    series: [
      {
        type: 'funnel',
        sort: 'none',
        left: '2%',
        width: '58%',
        top: 8,
        bottom: 8,
        minSize: '8%',
        max: Math.max(created, 1),
        gap: 2,
        color: CHART_COLOURS.steps,
        label: {
          position: 'right',
          color: CHART_COLOURS.text,
          formatter: (p: unknown) => {
            const point = p as { name: string; value: number };
            return `${point.name}: ${f.number(point.value)}`;
          },
        },
        labelLine: { show: true },
        data: report.steps.map((s) => ({
          name: t(`reports.leadFunnel.steps.${s.step}`),
          value: s.reached,
          ...(s.step === 'won' ? { itemStyle: { color: CHART_COLOURS.won } } : {}),
        })),
      },
    ],
  };
}

/**
 * The leads created in the period and the statuses they reached since: new → contacted →
 * replied → MQL → SQL → converted into a deal → won. Statuses only move forward, so there is
 * no "in order" to choose here.
 */
export function LeadFunnelView({ report }: { report: LeadFunnel }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const option = useMemo(
    () => leadFunnelOption(report, f, t),
    // f follows from the report and the language.
    [report, f.locale, t],
  );
  const created = step(report, 'created');
  const converted = step(report, 'converted');
  const won = step(report, 'won');
  const wait = report.firstContact.medianSeconds;

  return (
    <>
      <ReportFigures
        label={t('reports.leadFunnel.summary')}
        figures={[
          {
            label: t('reports.leadFunnel.steps.created'),
            value: f.number(created?.reached ?? 0),
            note:
              wait === null
                ? undefined
                : t('reports.leadFunnel.firstContact', { wait: formatWait(wait, f.locale) }),
          },
          {
            label: t('reports.leadFunnel.steps.converted'),
            value: f.number(converted?.reached ?? 0),
            note: f.percent(converted?.rate ?? null),
          },
          {
            label: t('reports.leadFunnel.steps.won'),
            value: f.number(won?.reached ?? 0),
            note: `${f.percent(won?.rate ?? null)} · ${f.money(report.revenue)}`,
            colour: 'green.8',
          },
          {
            label: t('reports.leadFunnel.disqualified'),
            value: f.number(report.disqualified),
            note: t('reports.leadFunnel.ofCreatedNote', {
              share: f.percent(created?.reached ? report.disqualified / created.reached : null),
            }),
            colour: 'red.8',
          },
          {
            label: t('reports.leadFunnel.open'),
            value: f.number(report.open),
            note: t('reports.leadFunnel.openNote'),
          },
        ]}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <ReportChart option={option} label={t('reports.leadFunnel.chart')} height={340} />
        <Table.ScrollContainer minWidth={480}>
          <Table striped verticalSpacing="xs" aria-label={t('reports.leadFunnel.table')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('reports.leadFunnel.step')}</Table.Th>
                <Table.Th ta="right">{t('reports.funnel.reached')}</Table.Th>
                <Table.Th ta="right">{t('reports.funnel.conversion')}</Table.Th>
                <Table.Th ta="right">{t('reports.leadFunnel.ofCreated')}</Table.Th>
                <Table.Th ta="right">{t('reports.funnel.dropOff')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.steps.map((s) => (
                <Table.Tr key={s.step}>
                  <Table.Th scope="row" fw={500}>
                    {t(`reports.leadFunnel.steps.${s.step}`)}
                  </Table.Th>
                  <Table.Td ta="right">{f.number(s.reached)}</Table.Td>
                  <Table.Td ta="right">
                    {s.step === 'created' ? '' : f.percent(s.conversion)}
                  </Table.Td>
                  <Table.Td ta="right">{f.percent(s.rate)}</Table.Td>
                  <Table.Td ta="right">{s.step === 'created' ? '' : f.number(s.dropOff)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          <Text size="xs" c="dimmed" mt="xs">
            {t('reports.leadFunnel.note')}
          </Text>
        </Table.ScrollContainer>
      </SimpleGrid>
    </>
  );
}
