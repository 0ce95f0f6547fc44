import { ActionIcon, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shiftWeek, weekDates, weekNumber } from '../../../../kernel/web/lib/iso-week.ts';
import type { WeekPickerProps } from '../map/week-picker.tsx';

/**
 * Previous / next week and back to the last closed one, where the review opens (ADR 033); the
 * week in progress is one step forward and says so. Weeks after it have no readings.
 */
export function DashboardWeekPicker({ week, currentWeek, onChange }: WeekPickerProps) {
  const { t, i18n } = useTranslation();
  const isCurrent = week >= currentWeek;
  const lastClosed = shiftWeek(currentWeek, -1);
  return (
    <Group gap="xs" wrap="nowrap" role="group" aria-label={t('dashboard.weekPicker')}>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('dashboard.previousWeek')}
        onClick={() => onChange(shiftWeek(week, -1))}
      >
        ‹
      </ActionIcon>
      <Stack gap={0} align="center" miw={170}>
        <Text fw={600} aria-live="polite">
          {t('dashboard.week', { number: weekNumber(week) })}
        </Text>
        <Text size="xs" c="dimmed">
          {weekDates(week, i18n.language)}
          {week === currentWeek && ` · ${t('dashboard.inProgress')}`}
        </Text>
      </Stack>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('dashboard.nextWeek')}
        disabled={isCurrent}
        onClick={() => onChange(shiftWeek(week, 1))}
      >
        ›
      </ActionIcon>
      <Button variant="light" disabled={week === lastClosed} onClick={() => onChange(lastClosed)}>
        {t('dashboard.lastClosedWeek')}
      </Button>
    </Group>
  );
}
