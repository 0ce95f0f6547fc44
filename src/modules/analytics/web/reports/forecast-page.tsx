import { Badge, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatLocalDate, formatMonth } from '../../../../kernel/web/lib/format.ts';
import { ReportChart, type ReportChartOption } from './report-chart.tsx';
import { axisTooltip, chartGrid, monthAxis, valueAxis } from './report-chart-options.ts';
import { ReportFigures } from './report-figures.tsx';
import { ReportPage } from './report-page.tsx';
import { ReportTable } from './report-table.tsx';
import { reportQuery } from '../api/report-query.ts';
import type { ReportData } from '../api/types.ts';
import { useReportFilters } from './use-report-filters.ts';
import { useReportFormat, type ReportFormat } from './use-report-format.ts';
import { seriesColours } from './series-colours.ts';
import { ChartLegend } from './chart-legend.tsx';

type Forecast = ReportData<'forecast'>;

function monthsOption(
  report: Forecast,
  f: ReportFormat,
  noDate: string,
  ownerName: (name: string | null) => string,
) {
  const months = report.months.map((m) => m.month);
  const option: ReportChartOption = {
    // The legend is page text under the chart (ChartLegend): it wraps, never pages.
    grid: chartGrid(8),
    tooltip: axisTooltip((v) => (typeof v === 'number' ? f.money(v) : ''), true),
    xAxis: monthAxis(months, f.locale, noDate),
    yAxis: valueAxis({ format: f.money }),
    color: seriesColours(report.owners.length),
    series: report.owners.map((o) => {
      const byMonth = new Map(o.months.map((m) => [m.month, m.weighted]));
      return {
        type: 'bar',
        stack: 'weighted',
        name: ownerName(o.ownerName),
        data: months.map((m) => byMonth.get(m) ?? 0),
        barMaxWidth: 48,
      };
    }),
  };
  return option;
}

/** A line of open deals (a month's, an owner's, all of them): how many, worth, weighted. */
interface Sums {
  key: string;
  name: string;
  count: number;
  value: number;
  weighted: number;
}

const sums = (key: string, name: string, of: Omit<Sums, 'key' | 'name'>): Sums => ({
  key,
  name,
  count: of.count,
  value: of.value,
  weighted: of.weighted,
});

/** Open deals by month or by owner: how many, their value, and weighted by stage probability. */
function SumsTable({
  label,
  title,
  rows,
  total,
  f,
}: {
  label: string;
  title: string;
  rows: Sums[];
  total?: Sums;
  f: ReportFormat;
}) {
  const { t } = useTranslation();
  return (
    <ReportTable
      label={label}
      head={{ title, value: (r) => r.name }}
      columns={[
        { title: t('reports.forecast.deals'), value: (r) => f.number(r.count) },
        { title: t('reports.forecast.value'), value: (r) => f.money(r.value) },
        { title: t('reports.forecast.weighted'), value: (r) => f.money(r.weighted) },
      ]}
      rows={rows}
      rowKey={(r) => r.key}
      total={total && { title: total.name, row: total }}
    />
  );
}

function ForecastView({ report }: { report: Forecast }) {
  const { t } = useTranslation();
  const f = useReportFormat(report.filters.currency);
  const monthName = (m: string | null) =>
    m === null ? t('reports.forecast.noDate') : formatMonth(m, f.locale);
  const ownerName = (name: string | null) => name ?? t('reports.noOwner');
  const option = useMemo(
    () => monthsOption(report, f, t('reports.forecast.noDate'), ownerName),
    // The formatters follow from the language.
    [report, f.locale, t],
  );
  const pastDue = report.deals.filter((d) => d.pastDue);

  return (
    <>
      <ReportFigures
        label={t('reports.forecast.totals')}
        figures={[
          { label: t('reports.forecast.weighted'), value: f.money(report.total.weighted) },
          {
            label: t('reports.forecast.openDeals'),
            value: f.number(report.total.count),
            note: f.money(report.total.value),
          },
          {
            label: t('reports.forecast.pastDue'),
            value: f.number(report.total.pastDue),
            colour: report.total.pastDue > 0 ? 'red.8' : undefined,
          },
        ]}
      />
      {report.closingInPeriod && (
        <Text size="sm" c="dimmed">
          {t('reports.forecast.closingInPeriod')}
        </Text>
      )}
      <ReportChart option={option} label={t('reports.forecast.chart')} height={320} />
      <ChartLegend
        items={report.owners.map((o, i) => ({
          name: ownerName(o.ownerName),
          colour: seriesColours(report.owners.length)[i]!,
        }))}
      />
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="lg" style={{ alignItems: 'start' }}>
        <SumsTable
          label={t('reports.forecast.byMonth')}
          title={t('reports.forecast.month')}
          rows={report.months.map((m) => sums(m.month ?? 'none', monthName(m.month), m))}
          total={sums('total', t('reports.forecast.total'), report.total)}
          f={f}
        />
        <SumsTable
          label={t('reports.forecast.byOwner')}
          title={t('reports.forecast.owner')}
          rows={report.owners.map((o) => sums(o.ownerId ?? 'none', ownerName(o.ownerName), o))}
          f={f}
        />
      </SimpleGrid>
      <Stack gap="xs">
        <Title order={4}>
          {t('reports.forecast.pastDueTitle')}{' '}
          <Badge color={pastDue.length > 0 ? 'red' : 'gray'} variant="light">
            {f.number(pastDue.length)}
          </Badge>
        </Title>
        {pastDue.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('reports.forecast.nonePastDue')}
          </Text>
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" aria-label={t('reports.forecast.pastDueTitle')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('reports.forecast.deal')}</Table.Th>
                  <Table.Th>{t('reports.forecast.owner')}</Table.Th>
                  <Table.Th>{t('reports.forecast.stage')}</Table.Th>
                  <Table.Th>{t('reports.forecast.expected')}</Table.Th>
                  <Table.Th ta="right">{t('reports.forecast.value')}</Table.Th>
                  <Table.Th ta="right">{t('reports.forecast.weighted')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pastDue.map((d) => (
                  <Table.Tr key={d.dealId}>
                    <Table.Td>
                      <AnchorLink to="/deals/$dealId" params={{ dealId: d.dealId }} size="sm">
                        {d.title}
                      </AnchorLink>
                    </Table.Td>
                    <Table.Td>{ownerName(d.ownerName)}</Table.Td>
                    <Table.Td>
                      {d.stageName} ({f.percent(d.probability / 100)})
                    </Table.Td>
                    <Table.Td c="red.8">
                      {d.expectedCloseDate && formatLocalDate(d.expectedCloseDate, f.locale)}
                    </Table.Td>
                    <Table.Td ta="right">{d.value === null ? '—' : f.money(d.value)}</Table.Td>
                    <Table.Td ta="right">{f.money(d.weighted)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </>
  );
}

/** The open pipeline weighted by stage probability, by expected close month (item 7). */
export function ForecastPage() {
  const { t } = useTranslation();
  const filters = useReportFilters({ pipeline: 'optional', period: 'optional' });
  const query = useQuery(reportQuery('forecast', filters.params));
  return (
    <ReportPage
      report="forecast"
      title={t('reports.forecast.title')}
      question={t('reports.forecast.question')}
      filters={filters}
      query={query}
      isEmpty={(r) => r.total.count === 0}
      empty={t('reports.forecast.empty')}
    >
      {(report) => <ForecastView report={report} />}
    </ReportPage>
  );
}
