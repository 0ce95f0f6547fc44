import { ActionIcon, Badge, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { LampLight } from '../lamps/lamp-light.tsx';
import type { Lamp, LampReading } from '../api/types.ts';
import { readingsOf } from '../lamps/readings-of.ts';
import { formatLampValue, lampUnit } from '../lamps/lamp-value.ts';
import { ConfirmModal } from './confirm-modal.tsx';
import { ManualReading } from './manual-reading.tsx';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { deleteLamp } from '../api/delete-lamp.ts';
import { thresholdWords } from '../lamps/threshold-words.ts';
import { lampWrite } from './map-writes.ts';

// ECharts loads with the first opened panel, not with the map.
const LampChart = lazy(() => import('./lamp-chart.tsx').then((m) => ({ default: m.LampChart })));

/** One lamp in the group panel: what it measures, this week's value, its bounds and history. */
export function LampPanel({
  lamp,
  week,
  weeks,
  readings,
  canEdit,
  onEdit,
}: {
  lamp: Lamp;
  week: string;
  weeks: string[];
  readings: LampReading[];
  canEdit: boolean;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const [deleting, setDeleting] = useState(false);
  const remove = useApiMutation({
    mutationFn: () => deleteLamp(lamp.id),
    ...lampWrite,
    done: () => t('map.lamp.deleted', { name: lamp.name }),
  });
  const unit = lampUnit(lamp.metric);
  const format = (value: number | null) =>
    formatLampValue(value, unit, i18n.language, me.workspace.currency);
  const history = readingsOf(readings, lamp.id);
  const reading = history.find((r) => r.week === week);
  const status = reading?.status ?? 'grey';
  const manual = typeof lamp.metric === 'object' && lamp.metric !== null && 'manual' in lamp.metric;

  return (
    <Paper withBorder p="sm" radius="md" aria-label={lamp.name} component="section">
      <Stack gap={6}>
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap" miw={0}>
            <LampLight status={status} size={18} label={lamp.name} />
            <Text fw={700} truncate>
              {lamp.name}
            </Text>
            <Badge size="xs" variant="outline" color="gray">
              {t(`lamps.position.${lamp.position}`)}
            </Badge>
          </Group>
          {canEdit && (
            <Group gap={4} wrap="nowrap">
              <Tooltip label={t('map.lamp.edit')}>
                <ActionIcon
                  variant="subtle"
                  aria-label={t('map.lamp.editNamed', { name: lamp.name })}
                  onClick={onEdit}
                >
                  ✎
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('map.lamp.delete')}>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('map.lamp.deleteNamed', { name: lamp.name })}
                  onClick={() => setDeleting(true)}
                >
                  ✕
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <Text size="sm">{lamp.description}</Text>
        <Group gap="xs" align="baseline">
          <Text size="xl" fw={700}>
            {format(reading?.value ?? null)}
          </Text>
          <Text size="sm" c="dimmed">
            {t(`lamps.status.${status}`)}
            {reading?.partial ? ` · ${t('map.partial')}` : ''}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {thresholdWords(lamp.thresholds, format, t)}
        </Text>
        <Suspense fallback={<div style={{ height: 130 }} />}>
          <LampChart
            name={lamp.name}
            weeks={weeks}
            readings={history}
            format={format}
            thresholds={lamp.thresholds}
          />
        </Suspense>
        {manual && canEdit && <ManualReading lamp={lamp} week={week} reading={reading} />}
      </Stack>
      {deleting && (
        <ConfirmModal
          title={t('map.lamp.deleteTitle', { name: lamp.name })}
          message={t('map.lamp.deleteMessage')}
          confirmLabel={t('map.lamp.delete')}
          loading={remove.isPending}
          onConfirm={() => remove.mutate()}
          onClose={() => setDeleting(false)}
        />
      )}
    </Paper>
  );
}
