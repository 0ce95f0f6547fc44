import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import type { Deal, UnmetCriterion } from '../api/types.ts';
import { CommentField } from './comment-field.tsx';
import { useWinDeal } from './use-deal-actions.ts';

/** Asks for an optional comment and wins; an unmet gate hands over to the gate dialog. */
export function WinModal({
  deal,
  onClose,
  onGate,
}: {
  deal: Deal;
  onClose: () => void;
  onGate: (unmet: UnmetCriterion[], comment?: string) => void;
}) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const win = useWinDeal({
    onGate: (unmet, vars) => onGate(unmet, vars.comment),
    onSuccess: onClose,
    onConflict: onClose,
  });
  return (
    <ModalForm
      title={t('deal.winTitle', { title: deal.title })}
      onClose={onClose}
      submitLabel={t('deal.win')}
      color="teal"
      pending={win.isPending}
      onConfirm={() => win.mutate({ deal, comment: comment.trim() || undefined })}
    >
      <CommentField value={comment} onChange={setComment} />
    </ModalForm>
  );
}
