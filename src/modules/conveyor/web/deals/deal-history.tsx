import { Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatMoney } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { LoadMoreCentred } from '../../../../kernel/web/components/load-more.tsx';
import { dealHistoryQuery } from '../api/deal-history-query.ts';
import type { DealHistoryItem } from '../api/types.ts';
import { historySentence, unmetLabel } from './history-sentence.ts';

/**
 * What the deal card leaves out: the entry into the first stage repeats "created", and a logged
 * activity's creation repeats its completion.
 */
function shown(item: DealHistoryItem): boolean {
  if (item.type === 'deal.stage_entered' && !item.fromStage) return false;
  if (item.type === 'activity.created' && item.activity?.logged) return false;
  return true;
}

const COLORS: Partial<Record<DealHistoryItem['type'], string>> = {
  'deal.gate_overridden': 'orange',
  'deal.won': 'teal',
  'deal.lost': 'red',
  'deal.reopened': 'indigo',
  'deal.stage_entered': 'indigo',
  'deal.created': 'indigo',
};

/** The deal's history as a timeline, newest first; gate overrides stand out in orange. */
export function DealHistory({ dealId }: { dealId: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const history = useInfiniteQuery(dealHistoryQuery(dealId));
  const items = (history.data?.pages.flatMap((p) => p.items) ?? []).filter(shown);

  return (
    <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="md" id={titleId}>
        {t('history.title')}
      </Title>
      {history.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('history.empty')}
        </Text>
      ) : (
        <Timeline active={items.length - 1} bulletSize={20} lineWidth={2}>
          {items.map((item) => (
            <Timeline.Item
              key={item.id}
              color={COLORS[item.type] ?? 'gray'}
              bullet={item.type === 'deal.gate_overridden' ? '!' : undefined}
              title={<EntryTitle item={item} />}
            >
              <EntryDetails item={item} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <LoadMoreCentred query={history} label={t('history.more')} />
    </Paper>
  );
}

function EntryTitle({ item }: { item: DealHistoryItem }) {
  const { t } = useTranslation();
  const override = item.type === 'deal.gate_overridden';
  return (
    <Text size="sm" fw={override ? 700 : 500} c={override ? 'orange.9' : undefined}>
      {historySentence(item, t)}
    </Text>
  );
}

function EntryDetails({ item }: { item: DealHistoryItem }) {
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
