import { Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatWait } from './source-words.ts';
import type { SourceGrouping, SourcesRow } from '../api/types.ts';
import { sourceLabel } from './source-words.ts';
import { NO_VALUE, type ReportFormat } from './use-report-format.ts';

/** A count with the conversion that led to it underneath. */
function Step({ count, rate, f }: { count: number; rate?: number | null; f: ReportFormat }) {
  return (
    <Stack gap={0} align="flex-end">
      <Text size="sm">{f.number(count)}</Text>
      {rate !== undefined && (
        <Text size="xs" c="dimmed">
          {f.percent(rate)}
        </Text>
      )}
    </Stack>
  );
}

function SourceRow({
  row,
  label,
  f,
  total = false,
}: {
  row: SourcesRow;
  label: string;
  f: ReportFormat;
  total?: boolean;
}) {
  const money = (value: number | null) => (value === null ? NO_VALUE : f.money(value));
  const c = row.conversion;
  return (
    <Table.Tr fw={total ? 700 : undefined}>
      <Table.Th scope="row" fw={total ? 700 : 500} style={{ whiteSpace: 'nowrap' }}>
        {label}
      </Table.Th>
      <Table.Td ta="right">
        <Step count={row.leads} f={f} />
      </Table.Td>
      <Table.Td ta="right">
        <Step count={row.mql} rate={c.leadToMql} f={f} />
      </Table.Td>
      <Table.Td ta="right">
        <Step count={row.sql} rate={c.mqlToSql} f={f} />
      </Table.Td>
      <Table.Td ta="right">
        <Step count={row.deals} rate={c.sqlToDeal} f={f} />
      </Table.Td>
      <Table.Td ta="right">
        <Step count={row.won} rate={c.dealToWon} f={f} />
      </Table.Td>
      <Table.Td ta="right">{f.money(row.revenue)}</Table.Td>
      <Table.Td ta="right">
        {row.firstContact.medianSeconds === null
          ? NO_VALUE
          : formatWait(row.firstContact.medianSeconds, f.locale)}
      </Table.Td>
      <Table.Td ta="right">{money(row.cost)}</Table.Td>
      <Table.Td ta="right">{money(row.costPerLead)}</Table.Td>
      <Table.Td ta="right">{money(row.costPerWon)}</Table.Td>
      <Table.Td ta="right">
        {row.returnOnCost === null ? NO_VALUE : `${f.number(row.returnOnCost)}×`}
      </Table.Td>
    </Table.Tr>
  );
}

/**
 * Each source from lead to revenue and against its cost; under each count the conversion from
 * the step before (SQL → deal counts deals converted from leads only).
 */
export function SourcesTable({
  rows,
  total,
  grouping,
  f,
}: {
  rows: SourcesRow[];
  total: SourcesRow;
  grouping: SourceGrouping;
  f: ReportFormat;
}) {
  const { t } = useTranslation();
  const head = (key: string) => (
    <Table.Th ta="right" style={{ whiteSpace: 'nowrap' }}>
      {t(`sourcesReport.columns.${key}`)}
    </Table.Th>
  );
  return (
    <Table.ScrollContainer minWidth={980}>
      <Table striped verticalSpacing="xs" aria-label={t('sourcesReport.table')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t(`sourcesReport.groupings.${grouping}`)}</Table.Th>
            {head('leads')}
            {head('mql')}
            {head('sql')}
            {head('deals')}
            {head('won')}
            {head('revenue')}
            {head('firstContact')}
            {head('cost')}
            {head('costPerLead')}
            {head('costPerWon')}
            {head('return')}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <SourceRow
              key={`${row.channel}|${row.medium}|${row.campaign}`}
              row={row}
              label={sourceLabel(t, row, grouping)}
              f={f}
            />
          ))}
          <SourceRow row={total} label={t('sourcesReport.total')} f={f} total />
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
