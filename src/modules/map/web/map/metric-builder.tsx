import { AMOUNT_EVENTS, DURATION_EVENTS } from '../../../../contract/map.ts';
import { Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { eventKey, LAMP_EVENT_TYPES } from './event-types.ts';
import {
  METRIC_KINDS,
  STATE_KINDS,
  withKind,
  type MedianOf,
  type MetricDraft,
  type MetricKind,
  type StateKind,
} from './metric-draft.ts';
import { WhereFields } from './where-fields.tsx';

/** Events with an amount (sum, median of amount) and with a duration (median of duration). */
function eventsFor(draft: MetricDraft): readonly string[] {
  if (draft.kind === 'sum') return AMOUNT_EVENTS;
  if (draft.kind === 'median') return draft.medianOf === 'amount' ? AMOUNT_EVENTS : DURATION_EVENTS;
  return LAMP_EVENT_TYPES;
}

/** Builds one metric: its kind, then the event and filters, or a ratio's two sides. */
export function MetricBuilder({
  value,
  onChange,
  depth = 1,
  label,
}: {
  value: MetricDraft;
  onChange: (value: MetricDraft) => void;
  depth?: number;
  label?: string;
}) {
  const { t } = useTranslation();
  // A ratio of ratios is allowed, but past two levels nobody can read the result.
  const kinds =
    depth > 2
      ? METRIC_KINDS.filter((k) => k !== 'ratio' && k !== 'manual')
      : depth > 1
        ? METRIC_KINDS.filter((k) => k !== 'manual')
        : METRIC_KINDS;
  const events = eventsFor(value);
  const setKind = (kind: MetricKind) => {
    const next = withKind(value, kind);
    const allowed = eventsFor(next);
    onChange(allowed.includes(next.event) ? next : { ...next, event: allowed[0] ?? next.event });
  };

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label={label ?? t('map.builder.kind')}
          data={kinds.map((k) => ({ value: k, label: t(`map.builder.kinds.${k}`) }))}
          value={value.kind}
          onChange={(k) => k && setKind(k as MetricKind)}
          allowDeselect={false}
        />
        {value.kind === 'state' && (
          <Select
            label={t('map.builder.state')}
            data={STATE_KINDS.map((s) => ({ value: s, label: t(`map.builder.states.${s}`) }))}
            value={value.state}
            onChange={(s) => s && onChange({ ...value, state: s as StateKind })}
            allowDeselect={false}
          />
        )}
        {(value.kind === 'count' || value.kind === 'sum' || value.kind === 'median') && (
          <Select
            label={t('map.builder.event')}
            data={events.map((e) => ({ value: e, label: t(eventKey(e)) }))}
            value={value.event}
            onChange={(e) => e && onChange({ ...value, event: e })}
            searchable
            allowDeselect={false}
          />
        )}
        {value.kind === 'median' && (
          <Select
            label={t('map.builder.medianOf')}
            data={(['duration', 'amount'] as const).map((o) => ({
              value: o,
              label: t(`map.builder.of.${o}`),
            }))}
            value={value.medianOf}
            onChange={(o) => {
              if (!o) return;
              const next = { ...value, medianOf: o as MedianOf };
              const allowed = eventsFor(next);
              onChange(allowed.includes(next.event) ? next : { ...next, event: allowed[0]! });
            }}
            allowDeselect={false}
          />
        )}
      </SimpleGrid>
      {(value.kind === 'count' ||
        value.kind === 'sum' ||
        value.kind === 'median' ||
        value.kind === 'state') && (
        <WhereFields value={value.where} onChange={(where) => onChange({ ...value, where })} />
      )}
      {value.kind === 'manual' && (
        <Text size="sm" c="dimmed">
          {t('map.builder.manualHint')}
        </Text>
      )}
      {value.kind === 'ratio' && value.of && value.to && (
        <Stack gap="xs">
          {(['of', 'to'] as const).map((side) => (
            <Paper key={side} withBorder p="xs" bg="gray.0">
              <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
                {t(`map.builder.ratio.${side}`)}
              </Text>
              <MetricBuilder
                value={value[side]!}
                onChange={(sub) => onChange({ ...value, [side]: sub })}
                depth={depth + 1}
                label={t(`map.builder.ratio.${side}Kind`)}
              />
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
