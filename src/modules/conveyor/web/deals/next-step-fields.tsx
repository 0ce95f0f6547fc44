import { Group, Select, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACTIVITY_TYPES, type ActivityType } from '../../../../contract/activities.ts';

/** A local `YYYY-MM-DDTHH:mm` for tomorrow at 10:00, the usual time for a next step. */
function tomorrowAtTen(): string {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T10:00`;
}

export type NextStepDraft = ReturnType<typeof useNextStepDraft>;

/** The next step being planned: type, subject, and a due time that must lie in the future. */
export function useNextStepDraft(initialSubject = '') {
  const [type, setType] = useState<ActivityType>('call');
  const [subject, setSubject] = useState(initialSubject);
  const [due, setDue] = useState(tomorrowAtTen);
  const dueDate = new Date(due);
  const dueValid = !Number.isNaN(dueDate.getTime()) && dueDate > new Date();
  return {
    type,
    setType,
    subject,
    setSubject,
    due,
    setDue,
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
        <TextInput
          label={t('gate.dueAt')}
          type="datetime-local"
          value={draft.due}
          onChange={(e) => draft.setDue(e.currentTarget.value)}
          error={draft.dueValid ? undefined : dueError}
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
