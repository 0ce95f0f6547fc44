import { Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { formatDateTime } from '../../../kernel/web/lib/format.ts';
import { completeActivity } from '../../conveyor/web/index.ts';
import { PlanAction } from '../../conveyor/web/index.ts';
import { type Lead, leadActivitiesQuery, logLeadActivity } from './leads-api.ts';

const TOUCHES = ['call', 'email', 'meeting'] as const;
type Touch = (typeof TOUCHES)[number];

/**
 * The lead's activities: log a touch (a call, e-mail or meeting that happened — on a new lead it
 * is the first contact), plan a callback, mark planned ones done.
 */
export function LeadActivities({ lead, timeZone }: { lead: Lead; timeZone: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const planned = useQuery(leadActivitiesQuery(lead.id, 'planned'));
  const done = useQuery(leadActivitiesQuery(lead.id, 'done'));
  const [type, setType] = useState<Touch>('call');
  const [subject, setSubject] = useState('');
  const [planning, setPlanning] = useState(false);
  const [planKey, setPlanKey] = useState(0);
  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: ['activities'] }),
      queryClient.invalidateQueries({ queryKey: ['leads'] }),
    ]);
  const run = useMutation({
    mutationFn: (fn: () => Promise<unknown>) => fn(),
    onSuccess: refresh,
    onError: (error) => problems.notify(error),
  });
  const contactId = lead.contactId ?? undefined;
  const logTouch = () =>
    run.mutate(
      () =>
        logLeadActivity({
          type,
          subject: subject.trim() || t(`activityTypes.${type}`),
          leadId: lead.id,
          contactId,
          doneAt: new Date().toISOString(),
        }),
      {
        onSuccess: () => {
          setSubject('');
          notifications.show({ color: 'teal', message: t('leads.activities.logged') });
        },
      },
    );

  return (
    <Paper withBorder p="lg">
      <Title order={3} size="h4" mb="sm">
        {t('deal.activities')}
      </Title>
      <Group gap="xs" align="flex-end" mb="xs" wrap="nowrap">
        <Select
          label={t('leads.activities.touchType')}
          w={130}
          data={TOUCHES.map((v) => ({ value: v, label: t(`activityTypes.${v}`) }))}
          value={type}
          onChange={(v) => v && setType(v as Touch)}
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
        <Button variant="light" onClick={logTouch} loading={run.isPending}>
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
            pending={run.isPending}
            onPlan={(kind, subj, dueAt) =>
              run.mutate(
                () =>
                  logLeadActivity({ type: kind, subject: subj, dueAt, leadId: lead.id, contactId }),
                {
                  onSuccess: () => {
                    setPlanning(false);
                    setPlanKey((k) => k + 1);
                  },
                },
              )
            }
          />
        </Paper>
      )}
      {[
        { label: t('deal.planned'), items: planned.data, empty: t('deal.noPlanned'), open: true },
        { label: t('deal.done'), items: done.data, empty: t('deal.noDone'), open: false },
      ].map((section) => (
        <Stack key={section.label} gap={6} mb="md" role="region" aria-label={section.label}>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {section.label} {section.items ? `(${section.items.length})` : ''}
          </Text>
          {section.items?.length === 0 && (
            <Text size="sm" c="dimmed">
              {section.empty}
            </Text>
          )}
          {section.items?.map((a) => {
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
                {section.open && (
                  <Button
                    size="xs"
                    variant="light"
                    color={overdue ? 'red' : undefined}
                    disabled={run.isPending}
                    style={{ flexShrink: 0 }}
                    onClick={() => run.mutate(() => completeActivity(a.id))}
                    aria-label={t('deal.completeActivity', { subject: a.subject })}
                  >
                    {t('deal.markDone')}
                  </Button>
                )}
              </Group>
            );
          })}
        </Stack>
      ))}
    </Paper>
  );
}
