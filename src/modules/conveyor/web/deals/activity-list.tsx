import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import type { Activity } from '../api/types.ts';

/**
 * One list of activities (a deal's or a lead's planned or done ones): overdue in red, and a
 * "Done" button when `onDone` is given.
 */
export function ActivityList({
  label,
  items,
  empty,
  timeZone,
  onDone,
  pending,
}: {
  label: string;
  items: Activity[] | undefined;
  empty: string;
  timeZone: string;
  onDone?: (activity: Activity) => void;
  pending?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6} mb="md" role="region" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label} {items ? `(${items.length})` : ''}
      </Text>
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items?.map((a) => {
        const overdue = a.state === 'overdue';
        const when = a.doneAt ?? a.dueAt;
        return (
          <Group key={a.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {t(`activityTypes.${a.type}`)} · {a.subject}
              </Text>
              {when && (
                <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
                  {formatDateTime(when, i18n.language, timeZone)}
                  {overdue && ` · ${t('deal.overdue')}`}
                </Text>
              )}
            </Stack>
            {overdue && !onDone && <Badge color="red">{t('deal.overdue')}</Badge>}
            {onDone && (
              <Button
                size="xs"
                variant="light"
                color={overdue ? 'red' : undefined}
                disabled={pending}
                style={{ flexShrink: 0 }}
                onClick={() => onDone(a)}
                aria-label={t('deal.completeActivity', { subject: a.subject })}
              >
                {t('deal.markDone')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}

/** A record's planned activities (with "Done") above its done ones. */
export function PlannedAndDone({
  planned,
  done,
  timeZone,
  onDone,
  pending,
}: {
  planned: Activity[] | undefined;
  done: Activity[] | undefined;
  timeZone: string;
  onDone: (activity: Activity) => void;
  pending: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ActivityList
        label={t('deal.planned')}
        items={planned}
        empty={t('deal.noPlanned')}
        timeZone={timeZone}
        onDone={onDone}
        pending={pending}
      />
      <ActivityList
        label={t('deal.done')}
        items={done}
        empty={t('deal.noDone')}
        timeZone={timeZone}
      />
    </>
  );
}
