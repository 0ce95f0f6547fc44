import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { sourceLabel } from './source-words.ts';
import type { ReportFormat } from './use-report-format.ts';
import type { Drivers, Lever } from '../api/types.ts';

const SHOWN = 6;

/** A lever as a sentence: which driver, from what to what. */
export function leverText(lever: Lever, scenario: Drivers, f: ReportFormat, t: TFunction) {
  const source = sourceLabel(t, lever, 'medium');
  const percent = (v: number) => f.percent(v);
  const values = (format: (v: number) => string) => ({
    source,
    from: format(lever.from),
    to: format(lever.to),
    stage: scenario.stages.find((s) => s.stageId === lever.stageId)?.name ?? '',
  });
  switch (lever.driver) {
    case 'leadToDeal':
    case 'stageConversion':
      return t(`whatIf.levers.${lever.driver}`, values(percent));
    case 'averageWonValue':
      return t('whatIf.levers.averageWonValue', values(f.money));
    case 'cycleDays':
    case 'leadToDealDays':
      return t(`whatIf.levers.${lever.driver}`, values(f.days));
    default:
      return t(`whatIf.levers.${lever.driver}`, values(f.number));
  }
}

/**
 * "Which button to press": the drivers that add the most revenue over the horizon when made
 * 10 % better, each with a button that tries it.
 */
export function WhatIfLevers({
  levers,
  scenario,
  f,
  onTry,
}: {
  levers: Lever[];
  scenario: Drivers;
  f: ReportFormat;
  onTry: (lever: Lever) => void;
}) {
  const { t } = useTranslation();
  const useful = levers.filter((l) => l.gain.revenue > 0).slice(0, SHOWN);
  return (
    <Stack gap="xs">
      <Title order={4}>{t('whatIf.leversTitle')}</Title>
      <Text size="sm" c="dimmed">
        {t('whatIf.leversExplain')}
      </Text>
      {useful.length === 0 ? (
        <Text size="sm">{t('whatIf.noLevers')}</Text>
      ) : (
        <Stack gap="xs" component="ol" aria-label={t('whatIf.leversTitle')} p={0} m={0}>
          {useful.map((lever, i) => {
            const text = leverText(lever, scenario, f, t);
            return (
              <Paper
                key={`${lever.driver}|${lever.channel}|${lever.medium}|${lever.stageId}`}
                component="li"
                withBorder
                p="sm"
                radius="md"
                style={{ listStyle: 'none' }}
              >
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Group gap="sm" wrap="nowrap">
                    <Badge variant={i === 0 ? 'filled' : 'light'} circle>
                      {i + 1}
                    </Badge>
                    <div>
                      <Text size="sm" fw={500}>
                        {text}
                      </Text>
                      <Text size="sm" c="green.8">
                        {t('whatIf.gain', {
                          revenue: f.money(lever.gain.revenue),
                          won: f.number(lever.gain.won),
                        })}
                      </Text>
                    </div>
                  </Group>
                  <Button
                    size="compact-sm"
                    variant="light"
                    style={{ flexShrink: 0 }}
                    aria-label={t('whatIf.tryOf', { lever: text })}
                    onClick={() => onTry(lever)}
                  >
                    {t('whatIf.try')}
                  </Button>
                </Group>
              </Paper>
            );
          })}
        </Stack>
      )}
    </Stack>
  );
}
