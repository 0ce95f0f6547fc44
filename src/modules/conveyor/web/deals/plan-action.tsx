import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NextStepFields, useNextStepDraft } from './next-step-fields.tsx';
import type { ActivityType } from '../../../../contract/activities.ts';

/** Plans the next activity (type, due time, subject): in the gate dialog and on the deal card. */
export function PlanAction({
  done,
  pending,
  onPlan,
  subject = '',
  startOpen = false,
}: {
  done: boolean;
  pending: boolean;
  onPlan: (type: ActivityType, subject: string, dueAt: string) => void;
  /** The subject proposed (the user may change it). */
  subject?: string;
  /** The fields shown at once rather than behind "Plan next activity" (the gate dialog). */
  startOpen?: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(startOpen);
  const draft = useNextStepDraft(subject);
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
  return (
    <Stack gap="xs">
      <NextStepFields draft={draft} />
      <Group justify="flex-end">
        <Button
          size="xs"
          disabled={!draft.valid}
          loading={pending}
          onClick={() => onPlan(draft.type, draft.subject.trim(), draft.dueAt())}
        >
          {t('gate.plan')}
        </Button>
      </Group>
    </Stack>
  );
}
