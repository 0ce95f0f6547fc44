import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { NextStepFields, useNextStepDraft } from '../deals/next-step-fields.tsx';
import { useCreateActivity } from '../deals/use-activity-write.ts';

/** The deal whose next step is being planned. */
export interface PlanTarget {
  dealId: string;
  title: string;
}

/** Plans the next activity of a deal: type, due time (in the future) and subject. */
export function PlanNextModal({ target, onClose }: { target: PlanTarget; onClose: () => void }) {
  const { t } = useTranslation();
  const draft = useNextStepDraft();
  const plan = useCreateActivity({
    done: () => t('myDay.planned', { title: target.title }),
    onSuccess: onClose,
  });

  return (
    <ModalForm
      title={t('myDay.planTitle', { title: target.title })}
      onClose={onClose}
      gap="sm"
      submitLabel={t('gate.plan')}
      disabled={!draft.valid}
      pending={plan.isPending}
      onSubmit={(e) => {
        e.preventDefault();
        if (draft.valid) {
          plan.mutate({
            type: draft.type,
            subject: draft.subject.trim(),
            dueAt: draft.dueAt(),
            dealId: target.dealId,
          });
        }
      }}
    >
      <NextStepFields draft={draft} dueError={t('myDay.dueInFuture')} autoFocus />
    </ModalForm>
  );
}
