import { LAMP_STATUSES } from '../../../../contract/map.ts';
import { Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LampLight } from './lamp-light.tsx';
import type { LampReading, LampStatus } from '../api/types.ts';

/** Where to look first: the colours from worst to best (the contract's reversed), then no reading. */
const ORDER: readonly LampStatus[] = [
  ...LAMP_STATUSES.filter((status) => status !== 'grey').reverse(),
  'grey',
];

/** How many lamps show each colour in the week: where to look first. */
export function DashboardSummary({
  lampIds,
  readings,
  week,
}: {
  lampIds: string[];
  readings: LampReading[];
  week: string;
}) {
  const { t } = useTranslation();
  const statusOf = new Map(
    readings.filter((r) => r.week === week).map((r) => [r.lampId, r.status]),
  );
  const counts: Record<LampStatus, number> = { red: 0, amber: 0, green: 0, grey: 0 };
  // A lamp without a reading (added after the week was computed) has no data.
  for (const id of lampIds) counts[statusOf.get(id) ?? 'grey'] += 1;

  return (
    <Group gap="lg" role="list" aria-label={t('dashboard.summaryLabel')}>
      {ORDER.map((status) => (
        <Group key={status} gap={8} wrap="nowrap" role="listitem">
          <LampLight status={status} size={12} />
          <Text size="sm" fw={counts[status] > 0 && status !== 'grey' ? 600 : 400}>
            {t(`dashboard.summary.${status}`, { count: counts[status] })}
          </Text>
        </Group>
      ))}
    </Group>
  );
}
