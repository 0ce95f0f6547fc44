import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { type Deal, winDeal } from './deals-api.ts';
import type { GateState } from './gate-dialog.tsx';

/** Asks for an optional comment and wins; an unmet gate hands over to the gate dialog. */
export function WinModal({
  deal,
  onClose,
  onWon,
  onGate,
}: {
  deal: Deal;
  onClose: () => void;
  onWon: (deal: Deal) => void;
  onGate: (unmet: GateState['unmet'], comment?: string) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const [comment, setComment] = useState('');
  const win = useMutation({
    mutationFn: () => winDeal(deal.id, comment.trim() || undefined),
    onSuccess: async (won) => {
      onWon(won);
      notifications.show({ color: 'teal', message: t('deal.wonMessage', { title: won.title }) });
      onClose();
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
    },
    onError: (error) => {
      if (isProblem(error, 'stage_gate_unmet') && error.problem.unmet)
        onGate(error.problem.unmet, comment.trim() || undefined);
      else problems.notify(error);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('deal.winTitle', { title: deal.title })}>
      <Stack>
        <Textarea
          label={t('lose.comment')}
          autosize
          minRows={2}
          value={comment}
          onChange={(e) => setComment(e.currentTarget.value)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button color="teal" loading={win.isPending} onClick={() => win.mutate()}>
            {t('deal.win')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
