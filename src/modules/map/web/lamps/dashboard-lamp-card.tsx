import { Group, Paper, Text, Tooltip, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { LampChart } from './dashboard-chart.tsx';
import { LampLight } from './lamp-light.tsx';
import { formatLampValue, lampUnit } from './lamp-value.ts';
import type { Lamp, LampReading, LampStatus } from '../api/types.ts';

const EDGE: Record<LampStatus, string> = {
  green: 'var(--mantine-color-green-6)',
  amber: 'var(--mantine-color-yellow-5)',
  red: 'var(--mantine-color-red-6)',
  grey: 'var(--mantine-color-gray-3)',
};

/** One lamp: its light, this week's value and the 13 weeks before; a click opens the drilldown. */
export function DashboardLampCard({
  lamp,
  readings,
  week,
  onOpen,
}: {
  lamp: Lamp;
  readings: LampReading[];
  week: string;
  onOpen: () => void;
}) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const reading = readings.find((r) => r.week === week);
  const status = reading?.status ?? 'grey';
  const unit = lampUnit(lamp.metric);

  return (
    // The whole card answers a click (the light included); the name is its keyboard handle.
    <Paper
      withBorder
      radius="md"
      p="sm"
      onClick={onOpen}
      style={{ flex: 1, cursor: 'pointer', borderLeft: `4px solid ${EDGE[status]}` }}
      data-lamp={lamp.id}
    >
      <Group gap={8} wrap="nowrap" align="flex-start">
        <LampLight
          status={status}
          size={14}
          label={lamp.name}
          partial={reading?.partial === true && reading.value !== null}
        />
        <UnstyledButton
          onClick={(event) => {
            event.stopPropagation();
            onOpen();
          }}
          style={{ lineHeight: 1.25 }}
        >
          <Text size="sm" fw={500} lineClamp={2} mt={-2}>
            {lamp.name}
          </Text>
        </UnstyledButton>
      </Group>
      <Group justify="space-between" align="flex-end" wrap="nowrap" mt={6} gap="xs">
        <Text fz={22} fw={700} lh={1.1} c={reading?.value === null ? 'dimmed' : undefined}>
          {formatLampValue(reading?.value ?? null, unit, i18n.language, me.workspace.currency)}
        </Text>
        {reading?.partial && reading.value !== null && (
          <Tooltip label={t('dashboard.partialHint')} withArrow>
            <Text size="xs" c="dimmed" fs="italic">
              {t('dashboard.partial')}
            </Text>
          </Tooltip>
        )}
      </Group>
      <LampChart
        readings={readings}
        unit={unit}
        currency={me.workspace.currency}
        label={t('dashboard.chartLabel', { name: lamp.name })}
      />
    </Paper>
  );
}
