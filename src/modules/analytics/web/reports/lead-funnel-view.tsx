import { SimpleGrid, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { CHART_COLOURS, ReportChart, type ReportChartOption } from './report-chart.tsx';
import { funnelChart } from './report-chart-options.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportTable } from './report-table.tsx';
import type { ReportData } from '../api/types.ts';
import { formatWait } from './source-words.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';

export type LeadFunnel = ReportData<'lead-funnel'>;

const step = (report: LeadFunnel, name: LeadFunnel['steps'][number]['step']) =>
  report.steps.find((s) => s.step === name);

function leadFunnelOption(report: LeadFunnel, f: ReportFormat, t: TFunction): ReportChartOption {
  const steps = report.steps.map((s) => ({
    name: t(`reports.leadFunnel.steps.${s.step}`),
    value: s.reached,
    ...(s.step === 'won' ? { itemStyle: { color: CHART_COLOURS.won } } : {}),
  }));
  return funnelChart(steps, step(report, 'created')?.reached ?? 0, f);
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
        <div>
          <ReportTable
            label={t('reports.leadFunnel.table')}
            head={{
              title: t('reports.leadFunnel.step'),
              value: (s) => t(`reports.leadFunnel.steps.${s.step}`),
            }}
            columns={[
              { title: t('reports.funnel.reached'), value: (s) => f.number(s.reached) },
              {
                title: t('reports.funnel.conversion'),
                value: (s) => (s.step === 'created' ? '' : f.percent(s.conversion)),
              },
              { title: t('reports.leadFunnel.ofCreated'), value: (s) => f.percent(s.rate) },
              {
                title: t('reports.funnel.dropOff'),
                value: (s) => (s.step === 'created' ? '' : f.number(s.dropOff)),
              },
            ]}
            rows={report.steps}
            rowKey={(s) => s.step}
            minWidth={480}
          />
          <Text size="xs" c="dimmed" mt="xs">
            {t('reports.leadFunnel.note')}
          </Text>
        </div>
      </SimpleGrid>
    </>
  );
}
