import { Alert, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { formatMonth } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { channelCostsQuery } from '../api/channel-costs-query.ts';
import { deleteChannelCost } from '../api/delete-channel-cost.ts';
import type { ChannelCost, SourcesRow } from '../api/types.ts';
import { RowActions } from '../row-actions.tsx';
import { ChannelCostModal } from './channel-cost-modal.tsx';
import { channelCostWrite } from './channel-cost-writes.ts';
import { monthOf } from './report-periods.ts';
import { costSourceLabel } from './source-words.ts';
import type { ReportFormat } from './use-report-format.ts';

const distinct = (values: (string | null)[]) =>
  [...new Set(values.filter((v): v is string => Boolean(v)))].sort();

/**
 * The monthly costs behind the report's cost columns, for the months the period touches:
 * managers and admins enter, change and remove them; everyone sees them.
 */
export function ChannelCosts({
  period,
  rows,
  f,
  currency,
}: {
  period: { from: string; to: string };
  rows: SourcesRow[];
  f: ReportFormat;
  currency: string;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = me.user.role === 'admin' || me.user.role === 'manager';
  const costs = useQuery(channelCostsQuery(period));
  const [editing, setEditing] = useState<ChannelCost | 'new' | null>(null);
  const remove = useApiMutation({
    mutationFn: deleteChannelCost,
    ...channelCostWrite,
    done: () => t('sourcesReport.costs.removed'),
  });
  const items = costs.data ?? [];

  return (
    <Stack gap="xs">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={4}>{t('sourcesReport.costs.title')}</Title>
          <Text size="sm" c="dimmed">
            {t('sourcesReport.costs.explain')}
          </Text>
        </div>
        {canEdit && (
          <Button onClick={() => setEditing('new')}>{t('sourcesReport.costs.add')}</Button>
        )}
      </Group>
      {costs.isSuccess && items.length === 0 ? (
        <Alert color="gray">
          {canEdit ? t('sourcesReport.costs.noneManager') : t('sourcesReport.costs.none')}
        </Alert>
      ) : (
        <Table striped verticalSpacing="xs" aria-label={t('sourcesReport.costs.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('sourcesReport.costs.month')}</Table.Th>
              <Table.Th>{t('sourcesReport.costs.source')}</Table.Th>
              <Table.Th ta="right">{t('sourcesReport.costs.amount')}</Table.Th>
              {canEdit && <Table.Th w={150} />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((cost) => {
              const label = costSourceLabel(t, cost);
              const month = formatMonth(cost.month, f.locale);
              return (
                <Table.Tr key={cost.id}>
                  <Table.Td>{month}</Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {label}
                  </Table.Th>
                  <Table.Td ta="right">
                    {cost.currency === currency
                      ? f.money(cost.amount)
                      : `${f.number(cost.amount)} ${cost.currency}`}
                  </Table.Td>
                  {canEdit && (
                    <Table.Td>
                      <RowActions
                        editLabel={t('sourcesReport.costs.editOf', { source: label, month })}
                        removeLabel={t('sourcesReport.costs.removeOf', { source: label, month })}
                        removeText={t('sourcesReport.costs.remove')}
                        removing={remove.isPending && remove.variables?.id === cost.id}
                        onEdit={() => setEditing(cost)}
                        onRemove={() => remove.mutate(cost)}
                      />
                    </Table.Td>
                  )}
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      )}
      {editing && (
        <ChannelCostModal
          cost={editing === 'new' ? undefined : editing}
          month={monthOf(period.to)}
          currency={currency}
          mediums={distinct(rows.map((r) => r.medium))}
          campaigns={distinct(rows.map((r) => r.campaign))}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}
