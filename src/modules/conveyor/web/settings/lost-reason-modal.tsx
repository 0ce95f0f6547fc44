import { MultiSelect, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { LeadingField } from '../../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { useSaveRecord } from '../../../../kernel/web/components/use-save-record.ts';
import { createLostReason } from '../api/create-lost-reason.ts';
import { saveLostReason } from '../api/save-lost-reason.ts';
import type { LostReason, Pipeline } from '../api/types.ts';
import { lostReasonKeys } from '../keys.ts';

const FIELDS = ['name', 'standard', 'stageIds'] as const;

interface LostReasonModalProps {
  /** The reason being edited; absent when adding one. */
  reason?: LostReason;
  pipelines: Pipeline[];
  onClose: () => void;
}

/** Adds or edits a loss reason: its name, when to use it, and the stages where it may be used. */
export function LostReasonModal({ reason, pipelines, onClose }: LostReasonModalProps) {
  const { t } = useTranslation();

  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: reason?.name ?? '',
      standard: reason?.standard ?? '',
      stageIds: reason?.stageIds ?? ([] as string[]),
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      standard: (v) => (v.trim() ? null : t('settings.lostReasons.standardRequired')),
    },
  });

  const save = useSaveRecord({
    kind: lostReasonKeys.all[0],
    record: reason,
    form,
    fields: FIELDS,
    save: (values: typeof form.values) => {
      const body = {
        name: values.name.trim(),
        standard: values.standard.trim(),
        // No stage chosen: usable at every stage.
        stageIds: values.stageIds.length > 0 ? values.stageIds : null,
      };
      return reason ? saveLostReason(reason, body) : createLostReason(body);
    },
    savedMessage: (saved) => t('settings.lostReasons.saved', { name: saved.name }),
    onClose,
    // The "lose" dialog lists the active reasons.
    alsoInvalidates: () => [lostReasonKeys.active],
  });

  const stageOptions = pipelines.map((p) => ({
    group: p.name,
    items: [...p.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ value: s.id, label: s.name })),
  }));

  return (
    <ModalForm
      title={reason ? t('settings.lostReasons.editTitle') : t('settings.lostReasons.newTitle')}
      size="lg"
      onClose={onClose}
      submitLabel={reason ? t('common.save') : t('common.create')}
      form={form}
      save={save}
    >
      <LeadingField label={t('settings.lostReasons.name')} {...form.getInputProps('name')} />
      <Textarea
        label={t('settings.lostReasons.standard')}
        description={t('settings.lostReasons.standardHint')}
        required
        autosize
        minRows={3}
        {...form.getInputProps('standard')}
      />
      <MultiSelect
        label={t('settings.lostReasons.stages')}
        description={t('settings.lostReasons.stagesHint')}
        placeholder={
          form.values.stageIds.length === 0 ? t('settings.lostReasons.everywhere') : undefined
        }
        data={stageOptions}
        searchable
        clearable
        {...form.getInputProps('stageIds')}
      />
    </ModalForm>
  );
}
