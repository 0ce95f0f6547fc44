import { Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { myMentionsQuery } from '../api/my-mentions-query.ts';
import { NoteText } from './note-text.tsx';

/** My day's mentions: the latest notes in which someone mentioned me (shown only when there are). */
export function MyMentions() {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const mentions = useQuery(myMentionsQuery);
  const items = mentions.data?.items ?? [];
  if (items.length === 0) return null;
  const title = t('notes.mentionsTitle');
  return (
    <Paper withBorder p="md" radius="md" mt="lg" component="section" aria-label={title}>
      <Title order={3} size="h4" mb="sm">
        {title}
      </Title>
      <Stack gap="md" role="list" aria-label={title}>
        {items.map((m) => (
          <Stack key={m.id} gap={4} role="listitem">
            <Text size="sm" fw={500}>
              {t('notes.mentionedYou', { actor: m.author.name })}{' '}
              <AnchorLink to="/deals/$dealId" params={{ dealId: m.dealId }} size="sm">
                {m.dealTitle}
              </AnchorLink>
            </Text>
            <NoteText text={m.text} mentions={m.mentions} />
            <Text size="xs" c="dimmed">
              {formatDateTime(m.createdAt, i18n.language, me.workspace.timezone)}
            </Text>
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}
