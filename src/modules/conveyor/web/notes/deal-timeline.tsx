import { Button, FileButton, Group, Loader, Paper, Text, Timeline, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isManager } from '../../../../contract/roles.ts';
import { LoadMoreCentred } from '../../../../kernel/web/components/load-more.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { useCanEdit } from '../../../identity/web/index.ts';
import { dealTimelineQuery } from '../api/deal-timeline-query.ts';
import type { Deal, DealTimelineItem } from '../api/types.ts';
import { COLORS, EntryDetails, EntryTitle, shown } from '../deals/deal-history.tsx';
import { NoteEditor, type Picked } from './note-editor.tsx';
import { toStored } from './note-markup.ts';
import { TimelineFile } from './timeline-file.tsx';
import { TimelineNote } from './timeline-note.tsx';
import { useAddNote, useUploadFile } from './use-note-writes.ts';

/**
 * The deal card's timeline: a note to add (rich text, mentions) and a file to attach, then the
 * deal's notes, files, activities and history, newest first, in one list paged by the server.
 */
export function DealTimeline({ deal }: { deal: Deal }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const canEdit = useCanEdit();
  const titleId = useId();
  const timeline = useInfiniteQuery(dealTimelineQuery(deal.id));
  const items = (timeline.data?.pages.flatMap((p) => p.items) ?? []).filter(shown);
  const [draft, setDraft] = useState('');
  const [picked, setPicked] = useState<Picked[]>([]);
  const add = useAddNote(() => {
    setDraft('');
    setPicked([]);
  });
  const upload = useUploadFile();
  // Cleared after each pick, so the same file can be attached again.
  const resetFile = useRef<() => void>(null);
  // A note or file is its author's; a manager or an admin who may edit the deal changes any.
  const mayChange = (authorId: string | undefined) =>
    authorId === me.user.id || (isManager(me.user.role) && canEdit(deal.ownerId));
  const view = { language: i18n.language, timeZone: me.workspace.timezone, dealId: deal.id };

  const body = (item: DealTimelineItem) => {
    const canChange = mayChange(item.actor?.id);
    if (item.note)
      return <TimelineNote item={{ ...item, note: item.note }} canChange={canChange} {...view} />;
    if (item.file)
      return <TimelineFile item={{ ...item, file: item.file }} canChange={canChange} {...view} />;
    return (
      <>
        <EntryTitle item={item} />
        <EntryDetails item={item} />
      </>
    );
  };

  return (
    <Paper withBorder p="lg" mt="lg" component="section" aria-labelledby={titleId}>
      <Title order={3} size="h4" mb="md" id={titleId}>
        {t('notes.title')}
      </Title>
      <NoteEditor
        value={draft}
        onChange={setDraft}
        picked={picked}
        onPick={(m) => setPicked((p) => [...p, m])}
        label={t('notes.label')}
      />
      <Group gap="xs" mt="xs" mb="lg">
        <Button
          onClick={() => add.mutate({ dealId: deal.id, text: toStored(draft, picked) })}
          loading={add.isPending}
          disabled={!draft.trim()}
        >
          {t('notes.add')}
        </Button>
        <FileButton
          resetRef={resetFile}
          onChange={(file) => {
            upload.send(deal.id, file);
            resetFile.current?.();
          }}
        >
          {(props) => (
            <Button {...props} variant="default" loading={upload.isPending}>
              {t('notes.attach')}
            </Button>
          )}
        </FileButton>
      </Group>
      {timeline.isPending ? (
        <Loader size="sm" />
      ) : items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('notes.empty')}
        </Text>
      ) : (
        <Timeline active={items.length - 1} bulletSize={20} lineWidth={2}>
          {items.map((item) => (
            <Timeline.Item
              key={item.id}
              color={item.note ? 'yellow' : item.file ? 'cyan' : (COLORS[item.type] ?? 'gray')}
              bullet={item.type === 'deal.gate_overridden' ? '!' : undefined}
            >
              {body(item)}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      <LoadMoreCentred query={timeline} label={t('history.more')} />
    </Paper>
  );
}
