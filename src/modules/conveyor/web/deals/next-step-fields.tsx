import { Group, Select, TextInput } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../contract/activities.ts';
import { DateField } from '../../../../kernel/web/components/date-field.tsx';

const pad = (n: number) => String(n).padStart(2, '0');

/** A local `YYYY-MM-DD`, `days` from today. */
function localDay(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const TIME = /^\d{2}:\d{2}$/;

export type NextStepDraft = ReturnType<typeof useNextStepDraft>;

/** The next step being planned: type, subject, and a due time that must lie in the future. */
export function useNextStepDraft(initialSubject = '') {
  const [type, setType] = useState<ActivityType>('call');
  const [subject, setSubject] = useState(initialSubject);
  // Tomorrow at 10:00, the usual time for a next step; a day and a time, each in the reader's
  // own format (a browser's date-time input shows the browser's, US in many).
  const [day, setDay] = useState(() => localDay(1));
  const [time, setTime] = useState('10:00');
  const dueDate = new Date(day && TIME.test(time) ? `${day}T${time}` : Number.NaN);
  const dueValid = !Number.isNaN(dueDate.getTime()) && dueDate > new Date();
  return {
    type,
    setType,
    subject,
    setSubject,
    day,
    setDay,
    time,
    setTime,
    dueValid,
    valid: subject.trim() !== '' && dueValid,
    /** The due time as the API takes it (only meaningful when `dueValid`). */
    dueAt: () => dueDate.toISOString(),
  };
}

/** Type, due time and subject of a next step: in the gate dialog, the deal card and My day. */
export function NextStepFields({
  draft,
  dueError,
  autoFocus = false,
}: {
  draft: NextStepDraft;
  /** Shown under the due time when it is not in the future. */
  dueError?: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Group grow align="flex-start">
        <Select
          label={t('gate.activityType')}
          data={ACTIVITY_TYPES.map((v) => ({ value: v, label: t(`activityTypes.${v}`) }))}
          value={draft.type}
          onChange={(v) => v && draft.setType(v as ActivityType)}
          allowDeselect={false}
        />
        <DateField
          label={t('gate.dueAt')}
          value={draft.day}
          onChange={draft.setDay}
          min={localDay(0)}
          clearable={false}
          error={draft.dueValid ? undefined : dueError}
        />
        <TimePicker
          label={t('gate.dueTime')}
          value={draft.time}
          // Complete times only ("10:30"); a half-typed one leaves the step not yet valid.
          onChange={(value) => draft.setTime(value.slice(0, 5))}
          hoursInputLabel={t('common.timeField.hours')}
          minutesInputLabel={t('common.timeField.minutes')}
        />
      </Group>
      <TextInput
        label={t('gate.subject')}
        required
        value={draft.subject}
        onChange={(e) => draft.setSubject(e.currentTarget.value)}
        data-autofocus={autoFocus || undefined}
      />
    </>
  );
}
