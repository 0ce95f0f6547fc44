import { Button, Group, Paper, Select, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TOUCH_TYPES, type ActivityType, type TouchType } from '../../../contract/activities.ts';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import {
  activityKeys,
  PlannedAndDone,
  completeActivity,
  PlanAction,
} from '../../conveyor/web/index.ts';
import { leadActivitiesQuery } from './api/lead-activities-query.ts';
import { logLeadActivity } from './api/log-lead-activity.ts';
import type { Lead } from './api/types.ts';
import { leadKeys } from './keys.ts';

/**
 * The lead's activities: log a touch (a call, e-mail or meeting that happened — on a new lead it
 * is the first contact), plan a callback, mark planned ones done.
 */
export function LeadActivities({ lead, timeZone }: { lead: Lead; timeZone: string }) {
  const { t } = useTranslation();
  const planned = useQuery(leadActivitiesQuery(lead.id, 'planned'));
  const done = useQuery(leadActivitiesQuery(lead.id, 'done'));
  const [type, setType] = useState<TouchType>('call');
  const [subject, setSubject] = useState('');
  const [planning, setPlanning] = useState(false);
  const [planKey, setPlanKey] = useState(0);
  // An activity of the lead: the activity lists, and the lead (a first touch marks it contacted).
  const activityWrite = {
    invalidates: () => [
      activityKeys.all,
      leadKeys.detail(lead.id),
      leadKeys.history(lead.id),
      leadKeys.lists,
    ],
  };
  const contactId = lead.contactId ?? undefined;
  const touch = useApiMutation({
    mutationFn: () =>
      logLeadActivity({
        type,
        subject: subject.trim() || t(`activityTypes.${type}`),
        leadId: lead.id,
        contactId,
        doneAt: new Date().toISOString(),
      }),
    ...activityWrite,
    done: () => t('leads.activities.logged'),
    onSuccess: () => setSubject(''),
  });
  const plan = useApiMutation({
    mutationFn: (next: { type: ActivityType; subject: string; dueAt: string }) =>
      logLeadActivity({ ...next, leadId: lead.id, contactId }),
    ...activityWrite,
    onSuccess: () => {
      setPlanning(false);
      setPlanKey((k) => k + 1);
    },
  });
  const complete = useApiMutation({ mutationFn: completeActivity, ...activityWrite });
  const pending = touch.isPending || plan.isPending || complete.isPending;

  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="sm">
        {t('deal.activities')}
      </Title>
      <Group gap="xs" align="flex-end" mb="xs" wrap="nowrap">
        <Select
          label={t('leads.activities.touchType')}
          w={130}
          data={TOUCH_TYPES.map((v) => ({ value: v, label: t(`activityTypes.${v}`) }))}
          value={type}
          onChange={(v) => v && setType(v as TouchType)}
          allowDeselect={false}
        />
        <TextInput
          style={{ flex: 1 }}
          label={t('leads.activities.note')}
          placeholder={t(`activityTypes.${type}`)}
          value={subject}
          onChange={(e) => setSubject(e.currentTarget.value)}
        />
      </Group>
      <Group gap="xs" mb="md">
        <Button variant="light" onClick={() => touch.mutate()} loading={pending}>
          {t('leads.activities.logTouch')}
        </Button>
        <Button variant="default" onClick={() => setPlanning((v) => !v)}>
          {t('leads.activities.planCallback')}
        </Button>
      </Group>
      {planning && (
        <Paper withBorder p="sm" mb="md" bg="gray.0">
          <PlanAction
            key={planKey}
            done={false}
            pending={pending}
            onPlan={(kind, subj, dueAt) => plan.mutate({ type: kind, subject: subj, dueAt })}
          />
        </Paper>
      )}
      <PlannedAndDone
        planned={planned.data}
        done={done.data}
        timeZone={timeZone}
        onDone={(a) => complete.mutate(a.id)}
        pending={pending}
      />
    </Paper>
  );
}
