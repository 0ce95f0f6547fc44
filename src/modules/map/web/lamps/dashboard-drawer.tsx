import { Badge, Blockquote, Box, Divider, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { LampChart } from './dashboard-chart.tsx';
import { DrilldownList } from './dashboard-drilldown-list.tsx';
import { weekDates, weekNumber } from '../../../../kernel/web/lib/iso-week.ts';
import { LampLight } from './lamp-light.tsx';
import { formatLampValue, lampUnit } from './lamp-value.ts';
import { thresholdWords } from './threshold-words.ts';
import type { Lamp, LampReading, LampStatus, ProcessGroup } from '../api/types.ts';

const BADGE: Record<LampStatus, string> = {
  green: 'green',
  amber: 'yellow',
  red: 'red',
  grey: 'gray',
};

interface DrawerProps {
  lamp: Lamp | undefined;
  group: ProcessGroup | undefined;
  readings: LampReading[];
  week: string;
  onClose: () => void;
}

/** What is behind a lamp in a week: its sentence, thresholds, 13 weeks and the records counted. */
export function DashboardDrawer({ lamp, group, readings, week, onClose }: DrawerProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={lamp !== undefined}
      onClose={onClose}
      position="right"
      size="lg"
      title={lamp ? <DrawerTitle lamp={lamp} readings={readings} week={week} /> : null}
      closeButtonProps={{ 'aria-label': t('dashboard.close') }}
    >
      {lamp && <DrawerBody lamp={lamp} group={group} readings={readings} week={week} />}
    </Drawer>
  );
}

function DrawerTitle({
  lamp,
  readings,
  week,
}: {
  lamp: Lamp;
  readings: LampReading[];
  week: string;
}) {
  const status = readings.find((r) => r.week === week)?.status ?? 'grey';
  return (
    <Group gap="sm" wrap="nowrap" component="span">
      {/* The status is spelled out below; the title (the dialog's name) is the lamp's name. */}
      <Box component="span" aria-hidden>
        <LampLight status={status} size={18} />
      </Box>
      <Text component="span" fw={700} size="lg">
        {lamp.name}
      </Text>
    </Group>
  );
}

function DrawerBody({
  lamp,
  group,
  readings,
  week,
}: Omit<DrawerProps, 'onClose'> & { lamp: Lamp }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const unit = lampUnit(lamp.metric);
  const currency = me.workspace.currency;
  const reading = readings.find((r) => r.week === week);
  const status = reading?.status ?? 'grey';
  const format = (value: number | null) => formatLampValue(value, unit, i18n.language, currency);
  const metric = typeof lamp.metric === 'object' && lamp.metric !== null ? lamp.metric : {};
  const manual = 'manual' in metric;
  // A state ("open deals at week end") lists what it counts now: past weeks have no list.
  const pastState = 'state' in metric && !reading?.partial;

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {group?.name} · {t(`lamps.position.${lamp.position}`)}
      </Text>
      <Stack gap={4}>
        <Text size="xs" c="dimmed">
          {t('dashboard.week', { number: weekNumber(week) })} · {weekDates(week, i18n.language)}
        </Text>
        <Group gap="md" align="center">
          <Text fz={32} fw={700} lh={1.1}>
            {format(reading?.value ?? null)}
          </Text>
          <Badge variant="light" color={BADGE[status]} size="lg">
            {t(`lamps.status.${status}`)}
          </Badge>
        </Group>
        {reading?.partial && (
          <Text size="xs" c="dimmed">
            {t('dashboard.partialHint')}
          </Text>
        )}
      </Stack>
      <Blockquote color="indigo" p="sm" fz="sm">
        {lamp.description}
      </Blockquote>
      <Text size="sm">{thresholdWords(lamp.thresholds, format, t, 'compact')}</Text>
      <LampChart
        readings={readings}
        unit={unit}
        currency={currency}
        thresholds={lamp.thresholds}
        large
        label={t('dashboard.chartLabel', { name: lamp.name })}
      />
      <Divider />
      <Title order={4} size="h5">
        {t('dashboard.behind', { number: weekNumber(week) })}
      </Title>
      {manual ? (
        <Text size="sm" c="dimmed">
          {t('dashboard.manual')}
        </Text>
      ) : (
        <DrilldownList
          lampId={lamp.id}
          week={week}
          ratio={unit === 'fraction'}
          empty={pastState ? t('dashboard.stateNow') : t('dashboard.nothing')}
        />
      )}
    </Stack>
  );
}
