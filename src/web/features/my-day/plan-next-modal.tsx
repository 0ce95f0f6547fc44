import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../components/use-problem-handler.tsx';
import { ACTIVITY_TYPES, type ActivityType, createActivity } from '../deals/deals-api.ts';

/** The deal whose next step is being planned. */
export interface PlanTarget {
  dealId: string;
  title: string;
}

/** A local `YYYY-MM-DDTHH:mm` for tomorrow at 10:00, the usual time for a next step. */
function tomorrowAtTen(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

/** Plans the next activity of a deal: type, due time (in the future) and subject. */
export function PlanNextModal({ target, onClose }: { target: PlanTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const problems = useProblemHandler();
  const queryClient = useQueryClient();
  const [type, setType] = useState<ActivityType>('call');
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState(tomorrowAtTen);
  const dueDate = new Date(due);
  const dueValid = !Number.isNaN(dueDate.getTime()) && dueDate > new Date();
  const valid = subject.trim() !== '' && dueValid;

  const plan = useMutation({
    mutationFn: () =>
      createActivity({
        type,
        subject: subject.trim(),
        dueAt: dueDate.toISOString(),
        dealId: target.dealId,
      }),
    onSuccess: async () => {
      notifications.show({ color: 'teal', message: t('myDay.planned', { title: target.title }) });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['activities'] }),
        queryClient.invalidateQueries({ queryKey: ['deals'] }),
      ]);
    },
    onError: (error) => problems.notify(error),
  });

  return (
    <Modal opened onClose={onClose} title={t('myDay.planTitle', { title: target.title })}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (valid) plan.mutate();
        }}
      >
        <Stack gap="sm">
          <Group grow align="flex-start">
            <Select
              label={t('gate.activityType')}
              data={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`activityTypes.${v}`) }))}
              value={type}
              onChange={(v) => v && setType(v as ActivityType)}
              allowDeselect={false}
            />
            <TextInput
              label={t('gate.dueAt')}
              type="datetime-local"
              value={due}
              onChange={(e) => setDue(e.currentTarget.value)}
              error={dueValid ? undefined : t('myDay.dueInFuture')}
            />
          </Group>
          <TextInput
            label={t('gate.subject')}
            value={subject}
            onChange={(e) => setSubject(e.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!valid} loading={plan.isPending}>
              {t('gate.plan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
