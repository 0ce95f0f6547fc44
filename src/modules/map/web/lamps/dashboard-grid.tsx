import { LAMP_POSITIONS, type LampStatus } from '../../../../contract/map.ts';
import { Box, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DashboardLampCard } from './dashboard-lamp-card.tsx';
import type { Lamp, LampReading, ProcessGroup } from '../api/types.ts';

const POSITIONS = LAMP_POSITIONS;

/** A lamp that calls for attention: red or amber (green is fine, grey has no reading). */
const needsAttention = (status: LampStatus) => status === 'red' || status === 'amber';

interface GridProps {
  groups: ProcessGroup[];
  byLamp: Map<string, LampReading[]>;
  week: string;
  alertsOnly: boolean;
  onOpen: (lampId: string) => void;
}

/** Process groups (rows, in map order) by start / middle / end lamp (columns). */
export function DashboardGrid({ groups, byLamp, week, alertsOnly, onOpen }: GridProps) {
  const { t } = useTranslation();
  const statusIn = (lamp: Lamp) =>
    byLamp.get(lamp.id)?.find((r) => r.week === week)?.status ?? 'grey';
  const shown = (lamp: Lamp) => !alertsOnly || needsAttention(statusIn(lamp));
  const rows = groups.filter((g) => g.lamps.some(shown));

  if (rows.length === 0) {
    return (
      <Paper withBorder p="xl" radius="md">
        <Text c="dimmed" ta="center">
          {alertsOnly ? t('dashboard.noAlerts') : t('dashboard.noLamps')}
        </Text>
      </Paper>
    );
  }

  return (
    <Box
      role="table"
      aria-label={t('dashboard.gridLabel')}
      style={{
        display: 'grid',
        gridTemplateColumns: 'minmax(140px, 200px) repeat(3, minmax(180px, 1fr))',
        gap: 'var(--mantine-spacing-sm)',
        overflowX: 'auto',
      }}
    >
      <Box role="row" style={{ display: 'contents' }}>
        <Box role="columnheader" />
        {POSITIONS.map((position) => (
          <Stack key={position} role="columnheader" gap={0} px={4}>
            <Text fw={700} size="sm" tt="uppercase" c="dimmed">
              {t(`lamps.position.${position}`)}
            </Text>
            <Text size="xs" c="dimmed">
              {t(`dashboard.question.${position}`)}
            </Text>
          </Stack>
        ))}
      </Box>
      {rows.map((group) => (
        <Box key={group.id} role="row" aria-label={group.name} style={{ display: 'contents' }}>
          <Stack role="rowheader" gap={2} py="xs" px={4} justify="center">
            <Text fw={600} size="sm">
              {group.name}
            </Text>
            <Text size="xs" c="dimmed" lineClamp={2}>
              {group.result}
            </Text>
          </Stack>
          {POSITIONS.map((position) => {
            const lamps = group.lamps.filter((l) => l.position === position && shown(l));
            return (
              <Stack key={position} role="cell" gap="xs">
                {lamps.map((lamp) => (
                  <DashboardLampCard
                    key={lamp.id}
                    lamp={lamp}
                    readings={byLamp.get(lamp.id) ?? []}
                    week={week}
                    onOpen={() => onOpen(lamp.id)}
                  />
                ))}
                {lamps.length === 0 && (
                  <Box
                    h="100%"
                    mih={60}
                    style={{
                      border: '1px dashed var(--mantine-color-gray-3)',
                      borderRadius: 'var(--mantine-radius-md)',
                    }}
                  />
                )}
              </Stack>
            );
          })}
        </Box>
      ))}
    </Box>
  );
}
