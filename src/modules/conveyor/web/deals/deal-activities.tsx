import { Button, Group, Paper, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dealActivitiesQuery } from '../api/deal-activities-query.ts';
import type { Deal } from '../api/types.ts';
import { PlannedAndDone } from './activity-list.tsx';
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
      subject: subject.trim(),
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
        required
        maxLength={300}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && !pending && logCall()}
        data-shortcut="log-call"
        mb="xs"
      />
      <Group gap="xs" mb="md">
        {/* A call is logged with what came of it, never as a bare click. */}
        <Button variant="light" onClick={logCall} loading={pending} disabled={!subject.trim()}>
          {t('gate.log.call')}
        </Button>
        <Button
          variant="default"
          onClick={() => setPlanning((v) => !v)}
          aria-expanded={planning}
          data-shortcut="plan-next"
        >
          {t('deal.planNext')}
        </Button>
      </Group>
      {planning && (
        <Paper withBorder p="sm" mb="md" bg="gray.0" data-shortcut="plan-panel">
          <PlanAction
            key={planKey}
            startOpen
            subject={t('gate.followUp', { title: deal.title })}
            done={false}
            pending={pending}
            onPlan={(type, subj, dueAt) =>
              plan.mutate({ type, subject: subj, dueAt, dealId: deal.id })
            }
          />
        </Paper>
      )}
      <PlannedAndDone
        planned={planned.data}
        done={done.data}
        timeZone={timeZone}
        onDone={(a) => complete.mutate({ activity: a })}
        pending={pending}
      />
    </Paper>
  );
}
