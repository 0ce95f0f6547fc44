import { Group, NumberInput, Paper, SimpleGrid, Slider, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { sourceLabel } from './source-words.ts';
import type { ReportFormat } from './use-report-format.ts';
import type { Drivers, WhatIfOverrides } from '../api/types.ts';
import {
  withSource,
  withStage,
  withValue,
  type SourceField,
  type SourceRef,
} from './what-if-draft.ts';

/** Room to move: at least `floor`, else three times what was measured. */
const roomAbove = (measured: number | null, floor: number, times = 3) =>
  Math.max(floor, Math.ceil((measured ?? 0) * times));

/**
 * One driver on a slider: its value as changed, what was measured, and the change sent when the
 * user lets go (or presses an arrow key), not at every pixel.
 */
function DriverSlider({
  label,
  value,
  measured,
  max,
  step,
  format,
  onCommit,
}: {
  label: string;
  value: number;
  measured: number | null;
  max: number;
  step: number;
  format: (value: number) => string;
  onCommit: (value: number) => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(value);
  useEffect(() => setShown(value), [value]);
  const changed = measured === null ? value !== 0 : Math.abs(value - measured) > 1e-9;
  return (
    <Stack gap={4}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Text size="sm" fw={changed ? 700 : 400} c={changed ? 'blue.8' : undefined}>
          {format(shown)}
        </Text>
      </Group>
      <Slider
        value={shown}
        min={0}
        max={Math.max(max, value)}
        step={step}
        label={format}
        thumbLabel={label}
        onChange={setShown}
        onChangeEnd={onCommit}
      />
      <Text size="xs" c="dimmed">
        {measured === null
          ? t('whatIf.notMeasured')
          : t('whatIf.measured', { value: format(measured) })}
      </Text>
    </Stack>
  );
}

/** Average won value: a number typed, sent when the field is left or Enter is pressed. */
function ValueField({
  label,
  value,
  measured,
  currency,
  f,
  onCommit,
}: {
  label: string;
  value: number | null;
  measured: number | null;
  currency: string;
  f: ReportFormat;
  onCommit: (value: number) => void;
}) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState<number | string>(value ?? '');
  useEffect(() => setTyped(value ?? ''), [value]);
  const commit = () => {
    if (typeof typed === 'number' && typed >= 0 && typed !== value) onCommit(typed);
  };
  return (
    <NumberInput
      label={label}
      description={
        measured === null
          ? t('whatIf.notMeasured')
          : t('whatIf.measured', { value: f.money(measured) })
      }
      value={typed}
      min={0}
      decimalScale={2}
      thousandSeparator=" "
      rightSection={<Text size="xs">{currency}</Text>}
      rightSectionWidth={48}
      onChange={setTyped}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit();
      }}
    />
  );
}

/**
 * The drivers of the pipeline as measured, each on a control: inflow and lead conversion per
 * source, conversion at each stage, average won value, cycle times.
 */
export function WhatIfDrivers({
  baseline,
  scenario,
  overrides,
  currency,
  f,
  onChange,
}: {
  baseline: Drivers;
  scenario: Drivers;
  overrides: WhatIfOverrides;
  currency: string;
  f: ReportFormat;
  onChange: (overrides: WhatIfOverrides) => void;
}) {
  const { t } = useTranslation();
  const measuredOf = (s: SourceRef) =>
    baseline.sources.find((b) => b.channel === s.channel && b.medium === s.medium);
  const perWeek = (v: number) => t('whatIf.perWeek', { value: f.number(v) });
  const setSource = (s: SourceRef, field: SourceField) => (value: number) =>
    onChange(withSource(overrides, s, field, value));
  const days = (v: number) => f.days(v);

  return (
    <Stack gap="md">
      <Title order={4}>{t('whatIf.inflow')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
        {scenario.sources.map((s) => {
          const measured = measuredOf(s);
          const name = sourceLabel(t, s, 'medium');
          const fromLeads = s.channel !== null && (s.leadsPerWeek > 0 || s.leadToDeal !== null);
          const direct =
            s.dealsPerWeekWithoutLead > 0 || (measured?.dealsPerWeekWithoutLead ?? 0) > 0;
          return (
            <Paper key={`${s.channel}|${s.medium}`} withBorder p="sm" radius="md" aria-label={name}>
              <Stack gap="sm">
                <Text fw={600}>{name}</Text>
                {fromLeads && (
                  <>
                    <DriverSlider
                      label={t('whatIf.leadsPerWeek', { source: name })}
                      value={s.leadsPerWeek}
                      measured={measured?.leadsPerWeek ?? null}
                      max={roomAbove(measured?.leadsPerWeek ?? null, 5)}
                      step={0.1}
                      format={perWeek}
                      onCommit={setSource(s, 'leadsPerWeek')}
                    />
                    <DriverSlider
                      label={t('whatIf.leadToDeal', { source: name })}
                      value={(s.leadToDeal ?? 0) * 100}
                      measured={measured?.leadToDeal == null ? null : measured.leadToDeal * 100}
                      max={100}
                      step={1}
                      format={(v) => f.percent(v / 100)}
                      onCommit={(v) => setSource(s, 'leadToDeal')(v / 100)}
                    />
                  </>
                )}
                {direct && (
                  <DriverSlider
                    label={t('whatIf.directDeals', { source: name })}
                    value={s.dealsPerWeekWithoutLead}
                    measured={measured?.dealsPerWeekWithoutLead ?? null}
                    max={roomAbove(measured?.dealsPerWeekWithoutLead ?? null, 5)}
                    step={0.1}
                    format={perWeek}
                    onCommit={setSource(s, 'dealsPerWeekWithoutLead')}
                  />
                )}
              </Stack>
            </Paper>
          );
        })}
      </SimpleGrid>
      <Title order={4}>{t('whatIf.conveyor')}</Title>
      <SimpleGrid cols={{ base: 1, md: 2, xl: 3 }} spacing="sm">
        {scenario.stages.map((stage, i) => (
          <Paper key={stage.stageId} withBorder p="sm" radius="md">
            <DriverSlider
              label={
                i === scenario.stages.length - 1
                  ? t('whatIf.winAt', { stage: stage.name })
                  : t('whatIf.conversionAt', { stage: stage.name })
              }
              value={(stage.conversion ?? 0) * 100}
              measured={
                baseline.stages[i]?.conversion == null
                  ? null
                  : baseline.stages[i]!.conversion! * 100
              }
              max={100}
              step={1}
              format={(v) => f.percent(v / 100)}
              onCommit={(v) => onChange(withStage(overrides, stage.stageId, v / 100))}
            />
          </Paper>
        ))}
        <Paper withBorder p="sm" radius="md">
          <ValueField
            label={t('whatIf.averageWonValue')}
            value={scenario.averageWonValue}
            measured={baseline.averageWonValue}
            currency={currency}
            f={f}
            onCommit={(v) => onChange(withValue(overrides, 'averageWonValue', v))}
          />
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <DriverSlider
            label={t('whatIf.cycleDays')}
            value={scenario.cycleDays ?? 0}
            measured={baseline.cycleDays}
            max={roomAbove(baseline.cycleDays, 60, 2)}
            step={1}
            format={days}
            onCommit={(v) => onChange(withValue(overrides, 'cycleDays', v))}
          />
        </Paper>
        <Paper withBorder p="sm" radius="md">
          <DriverSlider
            label={t('whatIf.leadToDealDays')}
            value={scenario.leadToDealDays ?? 0}
            measured={baseline.leadToDealDays}
            max={roomAbove(baseline.leadToDealDays, 30, 2)}
            step={0.5}
            format={days}
            onCommit={(v) => onChange(withValue(overrides, 'leadToDealDays', v))}
          />
        </Paper>
      </SimpleGrid>
    </Stack>
  );
}
