import { Button, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from './deals-api.ts';

/** A local `YYYY-MM-DDTHH:mm` for tomorrow at 10:00 (the default due time of a planned step). */
function tomorrowAtTen(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

/** Plans the next activity (type, due time, subject): in the gate dialog and on the deal card. */
export function PlanAction({
  done,
  pending,
  onPlan,
}: {
  done: boolean;
  pending: boolean;
  onPlan: (type: ActivityType, subject: string, dueAt: string) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [type, setType] = useState<ActivityType>('call');
  const [subject, setSubject] = useState('');
  const [due, setDue] = useState(tomorrowAtTen);
  if (done)
    return (
      <Text size="sm" c="teal">
        {t('gate.planned')}
      </Text>
    );
  if (!open)
    return (
      <Group>
        <Button size="xs" variant="light" onClick={() => setOpen(true)}>
          {t('gate.planNext')}
        </Button>
      </Group>
    );
  const dueDate = new Date(due);
  const valid = subject.trim() !== '' && !Number.isNaN(dueDate.getTime()) && dueDate > new Date();
  return (
    <Stack gap="xs">
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
        />
      </Group>
      <TextInput
        label={t('gate.subject')}
        value={subject}
        onChange={(e) => setSubject(e.currentTarget.value)}
      />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!valid}
          loading={pending}
          onClick={() => onPlan(type, subject.trim(), dueDate.toISOString())}
        >
          {t('gate.plan')}
        </Button>
      </Group>
    </Stack>
  );
}
