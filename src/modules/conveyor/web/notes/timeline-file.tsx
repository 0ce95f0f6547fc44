import { ActionIcon, Anchor, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { dealFileUrl } from '../api/upload-deal-file.ts';
import type { DealTimelineItem } from '../api/types.ts';
import { PaperclipIcon } from './icons.tsx';
import { useDeleteFile } from './use-note-writes.ts';

type File = NonNullable<DealTimelineItem['file']>;

/** A size as people read it: bytes, kB or MB in the reader's language. */
function fileSize(bytes: number, language: string): string {
  const [value, unit] =
    bytes < 1024
      ? [bytes, 'byte']
      : bytes < 1024 * 1024
        ? [bytes / 1024, 'kilobyte']
        : [bytes / (1024 * 1024), 'megabyte'];
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'narrow',
    maximumFractionDigits: 1,
  }).format(value);
}

interface Props {
  dealId: string;
  item: DealTimelineItem & { file: File };
  canChange: boolean;
  language: string;
  timeZone: string;
}

/** A file in the timeline: a download link (an attachment, never opened in the page) and delete. */
export function TimelineFile({ dealId, item, canChange, language, timeZone }: Props) {
  const { t } = useTranslation();
  const { file } = item;
  const remove = useDeleteFile();
  return (
    <Stack gap={2} mt={2}>
      <Text size="sm" fw={500}>
        {t('notes.attached', { actor: item.actor?.name ?? t('history.system') })}
      </Text>
      <Group gap="xs" wrap="nowrap">
        <Text c="dimmed" display="flex">
          <PaperclipIcon />
        </Text>
        <Anchor
          size="sm"
          href={dealFileUrl(dealId, file.id)}
          download={file.name}
          aria-label={t('notes.download', { name: file.name })}
          style={{ overflowWrap: 'anywhere' }}
        >
          {file.name}
        </Anchor>
        <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {fileSize(file.size, language)}
        </Text>
        {canChange && (
          <Tooltip label={t('notes.deleteFile', { name: file.name })}>
            <ActionIcon
              variant="subtle"
              color="red"
              size="sm"
              aria-label={t('notes.deleteFile', { name: file.name })}
              loading={remove.isPending}
              onClick={() => remove.mutate({ dealId, fileId: file.id })}
            >
              ✕
            </ActionIcon>
          </Tooltip>
        )}
      </Group>
      <Text size="xs" c="dimmed">
        {formatDateTime(item.occurredAt, language, timeZone)}
      </Text>
    </Stack>
  );
}
