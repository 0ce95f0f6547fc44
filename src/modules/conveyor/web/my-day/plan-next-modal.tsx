import { Button, Group, Modal, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { createActivity } from '../deals/deals-api.ts';
import { NextStepFields, useNextStepDraft } from '../deals/next-step-fields.tsx';

/** The deal whose next step is being planned. */
export interface PlanTarget {
  dealId: string;
  title: string;
}

/** Plans the next activity of a deal: type, due time (in the future) and subject. */
export function PlanNextModal({ target, onClose }: { target: PlanTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const problems = useProblemHandler();
  const queryClient = useQueryClient();
  const draft = useNextStepDraft();

  const plan = useMutation({
    mutationFn: () =>
      createActivity({
        type: draft.type,
        subject: draft.subject.trim(),
        dueAt: draft.dueAt(),
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
          if (draft.valid) plan.mutate();
        }}
      >
        <Stack gap="sm">
          <NextStepFields draft={draft} dueError={t('myDay.dueInFuture')} autoFocus />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" disabled={!draft.valid} loading={plan.isPending}>
              {t('gate.plan')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
