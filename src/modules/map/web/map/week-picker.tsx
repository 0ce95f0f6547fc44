import { ActionIcon, Group, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { shiftWeek, weekMonday } from '../../../../kernel/web/lib/iso-week.ts';
import { regionalLocale } from '../../../../kernel/web/lib/format-region.ts';

/** A week shown and the current one (no week after it has readings); `onChange` steps. */
export interface WeekPickerProps {
  week: string;
  currentWeek: string;
  onChange: (week: string) => void;
}

/** "‹ Week 48 · from 23 Nov ›": steps through weeks, never past the current one. */
export function WeekPicker({ week, currentWeek, onChange }: WeekPickerProps) {
  const { t, i18n } = useTranslation();
  const monday = new Intl.DateTimeFormat(regionalLocale(i18n.language), {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(weekMonday(week));
  return (
    <Group gap={6} wrap="nowrap">
      <Tooltip label={t('map.week.previous')}>
        <ActionIcon
          variant="default"
          aria-label={t('map.week.previous')}
          onClick={() => onChange(shiftWeek(week, -1))}
        >
          ‹
        </ActionIcon>
      </Tooltip>
      <Text size="sm" fw={600} miw={150} ta="center" aria-live="polite">
        {t('map.week.label', { number: Number(week.slice(6)), date: monday })}
        {week === currentWeek ? ` · ${t('map.week.current')}` : ''}
      </Text>
      <Tooltip label={t('map.week.next')}>
        <ActionIcon
          variant="default"
          aria-label={t('map.week.next')}
          disabled={week >= currentWeek}
          onClick={() => onChange(shiftWeek(week, 1))}
        >
          ›
        </ActionIcon>
      </Tooltip>
    </Group>
  );
}
