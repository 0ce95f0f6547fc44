import { Loader, Paper, Stack, Text, Timeline, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kernel/web/components/anchor-link.tsx';
import { formatDateTime } from '../../../kernel/web/lib/format.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { LoadMoreCentred } from '../../../kernel/web/components/load-more.tsx';
import { leadHistoryQuery } from './api/lead-history-query.ts';
import type { LeadHistoryItem } from './api/types.ts';
import { leadTimelineSentence } from './lead-timeline-sentence.ts';

/** A logged activity's creation repeats its completion: shown once. */
const shown = (item: LeadHistoryItem) =>
  !(item.type === 'activity.created' && item.activity?.logged);

const COLORS: Partial<Record<LeadHistoryItem['type'], string>> = {
  'lead.created': 'blue',
  'lead.assigned': 'indigo',
  'lead.contacted': 'cyan',
  'lead.replied': 'teal',
  'lead.mql': 'grape',
  'lead.sql': 'violet',
  'lead.converted': 'green',
  'lead.disqualified': 'gray',
  'call.missed': 'red',
};

/** The lead's timeline from its history, newest first. */
export function LeadTimeline({ leadId }: { leadId: string }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const titleId = useId();
  const history = useInfiniteQuery(leadHistoryQuery(leadId));
  const items = (history.data?.pages.flatMap((p) => p.items) ?? []).filter(shown);
  return (
    <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="md" id={titleId}>
        {t('leads.timeline.title')}
      </Title>
      {history.isPending ? (
        <Loader size="sm" />
      ) : (
        <Timeline active={items.length - 1} bulletSize={18} lineWidth={2}>
          {items.map((item) => (
            <Timeline.Item
              key={item.id}
              color={COLORS[item.type] ?? 'gray'}
              title={
                <Text size="sm" fw={500}>
                  {leadTimelineSentence(item, t)}
                </Text>
              }
            >
              <Stack gap={2} mt={2}>
                {item.dealId && (
                  <AnchorLink to="/deals/$dealId" params={{ dealId: item.dealId }} size="sm">
                    {t('leads.timeline.openDeal')}
                  </AnchorLink>
                )}
                <Text size="xs" c="dimmed">
                  {formatDateTime(item.occurredAt, i18n.language, me.workspace.timezone)}
                </Text>
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <LoadMoreCentred query={history} label={t('history.more')} />
    </Paper>
  );
}
