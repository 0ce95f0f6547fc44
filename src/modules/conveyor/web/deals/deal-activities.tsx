import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { dealActivitiesQuery } from '../api/deal-activities-query.ts';
import type { Activity, Deal } from '../api/types.ts';
import { PlanAction } from './plan-action.tsx';
import { useCompleteActivity, useCreateActivity } from './use-activity-write.ts';

/** A deal's planned (overdue in red) and done activities, with "Log call", "Plan next", "Done". */
export function DealActivities({ deal, timeZone }: { deal: Deal; timeZone: string }) {
  const { t } = useTranslation();
  const planned = useQuery(dealActivitiesQuery(deal.id, 'planned'));
  const done = useQuery(dealActivitiesQuery(deal.id, 'done'));
  const [subject, setSubject] = useState('');
  const [planning, setPlanning] = useState(false);
  const [planKey, setPlanKey] = useState(0);

  const log = useCreateActivity({
    done: () => t('deal.callLogged'),
    onSuccess: () => setSubject(''),
  });
  const plan = useCreateActivity({
    onSuccess: () => {
      setPlanning(false);
      setPlanKey((k) => k + 1);
    },
  });
  const complete = useCompleteActivity();
  const pending = log.isPending || plan.isPending || complete.isPending;

  const logCall = () =>
    log.mutate({
      type: 'call',
      subject: subject.trim() || t('deal.callSubject'),
      dealId: deal.id,
      doneAt: new Date().toISOString(),
    });

  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="sm">
        {t('deal.activities')}
      </Title>
      <TextInput
        label={t('deal.callNote')}
        placeholder={t('deal.callSubject')}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
        mb="xs"
      />
      <Group gap="xs" mb="md">
        <Button variant="light" onClick={logCall} loading={pending}>
          {t('gate.log.call')}
        </Button>
        <Button variant="default" onClick={() => setPlanning((v) => !v)}>
          {t('deal.planNext')}
        </Button>
      </Group>
      {planning && (
        <Paper withBorder p="sm" mb="md" bg="gray.0">
          <PlanAction
            key={planKey}
            done={false}
            pending={pending}
            onPlan={(type, subj, dueAt) =>
              plan.mutate({ type, subject: subj, dueAt, dealId: deal.id })
            }
          />
        </Paper>
      )}
      <ActivityList
        label={t('deal.planned')}
        items={planned.data}
        empty={t('deal.noPlanned')}
        timeZone={timeZone}
        onDone={(a) => complete.mutate({ activity: a })}
        pending={pending}
      />
      <ActivityList
        label={t('deal.done')}
        items={done.data}
        empty={t('deal.noDone')}
        timeZone={timeZone}
      />
    </Paper>
  );
}

function ActivityList({
  label,
  items,
  empty,
  timeZone,
  onDone,
  pending,
}: {
  label: string;
  items: Activity[] | undefined;
  empty: string;
  timeZone: string;
  onDone?: (activity: Activity) => void;
  pending?: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <Stack gap={6} mb="md" role="region" aria-label={label}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label} {items ? `(${items.length})` : ''}
      </Text>
      {items?.length === 0 && (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      )}
      {items?.map((a) => {
        const overdue = a.state === 'overdue';
        const when = a.doneAt ?? a.dueAt;
        return (
          <Group key={a.id} justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text size="sm" fw={500} truncate>
                {t(`activityTypes.${a.type}`)} · {a.subject}
              </Text>
              {when && (
                <Text size="xs" c={overdue ? 'red' : 'dimmed'} fw={overdue ? 600 : undefined}>
                  {formatDateTime(when, i18n.language, timeZone)}
                  {overdue && ` · ${t('deal.overdue')}`}
                </Text>
              )}
            </Stack>
            {overdue && !onDone && <Badge color="red">{t('deal.overdue')}</Badge>}
            {onDone && (
              <Button
                size="xs"
                variant="light"
                color={overdue ? 'red' : undefined}
                disabled={pending}
                onClick={() => onDone(a)}
                aria-label={t('deal.completeActivity', { subject: a.subject })}
              >
                {t('deal.markDone')}
              </Button>
            )}
          </Group>
        );
      })}
    </Stack>
  );
}
