import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import type { DealHistoryItem } from '../api/types.ts';
import { historySentence, unmetLabel } from './history-sentence.ts';

// The pieces of a history entry, drawn in the deal card's timeline (notes/deal-timeline.tsx).

/**
 * What the deal card leaves out: the entry into the first stage repeats "created", and a logged
 * activity's creation repeats its completion.
 */
export function shown(item: DealHistoryItem): boolean {
  if (item.type === 'deal.stage_entered' && !item.fromStage) return false;
  if (item.type === 'activity.created' && item.activity?.logged) return false;
  return true;
}

export const COLORS: Partial<Record<DealHistoryItem['type'], string>> = {
  'deal.gate_overridden': 'orange',
  'deal.won': 'teal',
  'deal.lost': 'red',
  'deal.reopened': 'indigo',
  'deal.stage_entered': 'indigo',
  'deal.created': 'indigo',
};

export function EntryTitle({ item }: { item: DealHistoryItem }) {
  const { t } = useTranslation();
  const override = item.type === 'deal.gate_overridden';
  return (
    <Text size="sm" fw={override ? 700 : 500} c={override ? 'orange.9' : undefined}>
      {historySentence(item, t)}
    </Text>
  );
}

export function EntryDetails({ item }: { item: DealHistoryItem }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const skipped = [...new Set((item.override?.unmet ?? []).map((u) => unmetLabel(u, t)))];
  const showAmount =
    item.amount !== null && (item.type === 'deal.created' || item.type === 'deal.updated');
  return (
    <Stack gap={2} mt={2}>
      {skipped.length > 0 && (
        <Text size="sm" c="orange.8">
          {t('history.skipped', { labels: skipped.join(', ') })}
        </Text>
      )}
      {item.comment && (
        <Text size="sm" fs="italic">
          {t('history.comment', { comment: item.comment })}
        </Text>
      )}
      {showAmount && (
        <Text size="sm" c="dimmed">
          {t('history.amount', {
            amount: formatMoney(item.amount ?? 0, me.workspace.currency, i18n.language),
          })}
        </Text>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(item.occurredAt, i18n.language, me.workspace.timezone)}
      </Text>
    </Stack>
  );
}
