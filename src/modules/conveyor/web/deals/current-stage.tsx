import {
  Checkbox,
  Grid,
  Group,
  List,
  Paper,
  Progress,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Markdown } from '../../../../kernel/web/components/markdown.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { dealActivitiesQuery } from '../api/deal-activities-query.ts';
import type { Activity, Deal, ExitCriterion, Stage } from '../api/types.ts';
import { useSetDealCheck } from './use-deal-actions.ts';

/** Whether one exit criterion is met, judged as the server does. */
function isMet(c: ExitCriterion, deal: Deal, done: Activity[], planned: Activity[]): boolean {
  switch (c.kind) {
    case 'field':
      return c.field === 'value' ? (deal.value ?? 0) > 0 : deal[c.field] !== null;
    case 'check':
      return deal.checks.some((x) => x.criterionId === c.id && x.done);
    case 'activity':
      return done.some(
        (a) =>
          a.type === c.activityType &&
          a.doneAt !== null &&
          Date.parse(a.doneAt) >= Date.parse(deal.stageEnteredAt),
      );
    case 'nextActivity':
      return hasNext(planned);
  }
}

const hasNext = (planned: Activity[]) =>
  planned.some((a) => a.dueAt !== null && Date.parse(a.dueAt) > Date.now());

/**
 * The current stage: its goal, guidance and exit-criteria checklist (checks tick and untick,
 * unless `readOnly`: the person may not change the deal).
 */
export function CurrentStage({
  deal,
  stage,
  readOnly = false,
}: {
  deal: Deal;
  stage: Stage;
  readOnly?: boolean;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const done = useQuery(dealActivitiesQuery(deal.id, 'done'));
  const planned = useQuery(dealActivitiesQuery(deal.id, 'planned'));
  const tick = useSetDealCheck();
  const items = stage.exitCriteria.map((c) => ({
    key: c.id,
    label: c.label,
    kind: c.kind,
    id: c.id,
    met: isMet(c, deal, done.data ?? [], planned.data ?? []),
  }));
  if (
    me.workspace.settings.requireNextActivity &&
    !stage.exitCriteria.some((c) => c.kind === 'nextActivity')
  )
    items.push({
      key: 'next',
      label: t('deal.implicitNext'),
      kind: 'nextActivity',
      id: '',
      met: hasNext(planned.data ?? []),
    });
  const metCount = items.filter((i) => i.met).length;

  return (
    <Paper withBorder p="lg">
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t('deal.goal')}
            </Text>
            <Text fw={600} size="lg">
              {stage.goal || '—'}
            </Text>
            {stage.guidance.trim() && (
              <>
                <Text size="xs" c="dimmed" tt="uppercase" fw={600} mt="xs">
                  {t('deal.guidance')}
                </Text>
                <Markdown source={stage.guidance} />
              </>
            )}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('deal.checklist')}
              </Text>
              <Text size="sm" fw={600}>
                {t('deal.progress', { done: metCount, count: items.length })}
              </Text>
            </Group>
            {items.length > 0 && (
              <Progress
                value={(metCount / items.length) * 100}
                color={metCount === items.length ? 'teal' : 'indigo'}
                aria-hidden
              />
            )}
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('deal.noCriteria')}
              </Text>
            ) : (
              <List spacing="xs" listStyleType="none" aria-label={t('deal.checklist')}>
                {items.map((item) => (
                  <List.Item key={item.key}>
                    {item.kind === 'check' ? (
                      <Checkbox
                        label={item.label}
                        checked={
                          tick.isPending && tick.variables.criterionId === item.id
                            ? tick.variables.done
                            : item.met
                        }
                        disabled={tick.isPending || deal.status !== 'open' || readOnly}
                        color="teal"
                        onChange={(e) =>
                          tick.mutate({
                            deal,
                            criterionId: item.id,
                            done: e.currentTarget.checked,
                          })
                        }
                      />
                    ) : (
                      <Group gap="xs" wrap="nowrap">
                        <ThemeIcon
                          size={20}
                          radius="xl"
                          color={item.met ? 'teal' : 'gray'}
                          variant={item.met ? 'filled' : 'light'}
                          aria-hidden
                        >
                          {item.met ? '✓' : '·'}
                        </ThemeIcon>
                        <Text size="sm">{item.label}</Text>
                        <Text size="xs" c={item.met ? 'teal' : 'dimmed'}>
                          {item.met ? t('deal.met') : t('deal.notMet')}
                        </Text>
                      </Group>
                    )}
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        </Grid.Col>
      </Grid>
    </Paper>
  );
}
