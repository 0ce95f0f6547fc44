import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { activeLostReasonsQuery, type Deal, loseDeal } from './deals-api.ts';

/** "Lose": pick a reason (each shown with its standard — when to use it) allowed at the deal's stage. */
export function LoseModal({
  deal,
  onClose,
  onLost,
}: {
  deal: Deal;
  onClose: () => void;
  onLost?: (deal: Deal) => void;
}) {
  const { t } = useTranslation();
  const problems = useProblemHandler();
  const queryClient = useQueryClient();
  const reasons = useQuery(activeLostReasonsQuery);
  const [reasonId, setReasonId] = useState('');
  const [comment, setComment] = useState('');
  const allowed = (reasons.data?.items ?? []).filter(
    (r) => r.active && (r.stageIds === null || r.stageIds.includes(deal.stageId)),
  );

  const lose = useMutation({
    mutationFn: () => loseDeal(deal.id, reasonId, comment.trim() || undefined),
    onSuccess: async (lost) => {
      notifications.show({ color: 'teal', message: t('lose.done', { title: deal.title }) });
      onLost?.(lost);
      await queryClient.invalidateQueries({ queryKey: ['deals'] });
      onClose();
    },
    onError: (error) => problems.notify(error),
  });

  return (
    <Modal opened onClose={onClose} title={t('lose.title', { title: deal.title })} size="lg">
      <Stack>
        {reasons.isPending ? (
          <Text c="dimmed">{t('common.loading')}</Text>
        ) : allowed.length === 0 ? (
          <Text c="dimmed">{t('lose.noReasons')}</Text>
        ) : (
          <Radio.Group label={t('lose.reason')} required value={reasonId} onChange={setReasonId}>
            <Stack gap="sm" mt="xs">
              {allowed.map((r) => (
                <Radio key={r.id} value={r.id} label={r.name} description={r.standard} />
              ))}
            </Stack>
          </Radio.Group>
        )}
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
          <Button
            color="red"
            disabled={!reasonId}
            loading={lose.isPending}
            onClick={() => lose.mutate()}
          >
            {t('lose.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
