import { ActionIcon, Button, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import type { DealTimelineItem } from '../api/types.ts';
import { NoteEditor, type Picked } from './note-editor.tsx';
import { toEditable, toStored } from './note-markup.ts';
import { NoteText } from './note-text.tsx';
import { useDeleteNote, useEditNote } from './use-note-writes.ts';

type Note = NonNullable<DealTimelineItem['note']>;

interface Props {
  dealId: string;
  item: DealTimelineItem & { note: Note };
  canChange: boolean;
  language: string;
  timeZone: string;
}

/** A note in the timeline: who wrote it and when, the text drawn from its markup, edit and delete. */
export function TimelineNote({ dealId, item, canChange, language, timeZone }: Props) {
  const { t } = useTranslation();
  const { note } = item;
  const [draft, setDraft] = useState<string | null>(null);
  const [picked, setPicked] = useState<Picked[]>(note.mentions);
  const edit = useEditNote(() => setDraft(null));
  const remove = useDeleteNote();
  const actor = item.actor?.name ?? t('history.system');

  const save = () =>
    draft !== null &&
    edit.mutate({ dealId, noteId: note.id, version: note.version, text: toStored(draft, picked) });

  return (
    <Stack gap={4} mt={2}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500}>
          {t('notes.wrote', { actor })}
        </Text>
        {canChange && draft === null && (
          <Group gap={2} wrap="nowrap">
            <Tooltip label={t('notes.edit')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                aria-label={t('notes.edit')}
                onClick={() => setDraft(toEditable(note.text, note.mentions))}
              >
                ✎
              </ActionIcon>
            </Tooltip>
            <Tooltip label={t('notes.delete')}>
              <ActionIcon
                variant="subtle"
                color="red"
                aria-label={t('notes.delete')}
                loading={remove.isPending}
                onClick={() => remove.mutate({ dealId, noteId: note.id, version: note.version })}
              >
                ✕
              </ActionIcon>
            </Tooltip>
          </Group>
        )}
      </Group>
      {draft === null ? (
        <NoteText text={note.text} mentions={note.mentions} />
      ) : (
        <Stack gap="xs">
          <NoteEditor
            value={draft}
            onChange={setDraft}
            picked={picked}
            onPick={(m) => setPicked((p) => [...p, m])}
            label={t('notes.edit')}
            autoFocus
          />
          <Group gap="xs">
            <Button size="xs" onClick={save} loading={edit.isPending} disabled={!draft.trim()}>
              {t('notes.save')}
            </Button>
            <Button size="xs" variant="default" onClick={() => setDraft(null)}>
              {t('notes.cancel')}
            </Button>
          </Group>
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {formatDateTime(item.occurredAt, language, timeZone)}
        {note.editedAt && ` · ${t('notes.edited')}`}
      </Text>
    </Stack>
  );
}
