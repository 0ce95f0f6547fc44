import { Radio, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { activeLostReasonsQuery } from '../api/lost-reasons-query.ts';
import type { Deal } from '../api/types.ts';
import { CommentField } from './comment-field.tsx';
import { useLoseDeal } from './use-deal-actions.ts';

/** "Lose": pick a reason (each shown with its standard — when to use it) allowed at the deal's stage. */
export function LoseModal({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const reasons = useQuery(activeLostReasonsQuery);
  const [reasonId, setReasonId] = useState('');
  const [comment, setComment] = useState('');
  const allowed = (reasons.data?.items ?? []).filter(
    (r) => r.active && (r.stageIds === null || r.stageIds.includes(deal.stageId)),
  );
  const lose = useLoseDeal({ onSuccess: onClose, onConflict: onClose });

  return (
    <ModalForm
      title={t('lose.title', { title: deal.title })}
      size="lg"
      onClose={onClose}
      submitLabel={t('lose.submit')}
      color="red"
      disabled={!reasonId}
      pending={lose.isPending}
      onConfirm={() =>
        lose.mutate({ deal, lostReasonId: reasonId, comment: comment.trim() || undefined })
      }
    >
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
      <CommentField value={comment} onChange={setComment} />
    </ModalForm>
  );
}
