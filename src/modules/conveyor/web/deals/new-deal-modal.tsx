import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../../kernel/web/data/use-api-mutation.ts';
import { LeadingField } from '../../../../kernel/web/components/leading-field.tsx';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { CompanyPicker, companyKeys, createCompany } from '../../../accounts/web/index.ts';
import { createDeal } from '../api/create-deal.ts';
import type { Deal } from '../api/types.ts';
import { dealChangeKeys, storeDeal } from './deal-cache.ts';
import { ValueInput } from './value-input.tsx';

const FIELDS = ['title', 'value', 'companyId'] as const;

/**
 * "New deal": title, value and company; it starts in the pipeline's first stage. A company name
 * typed and not found is created with the deal, never dropped.
 */
export function NewDealModal({ pipelineId, onClose }: { pipelineId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useForm({
    mode: 'controlled',
    initialValues: { title: '', value: '' as string | number, companyId: '', newCompany: '' },
    validate: { title: (v) => (v.trim() ? null : t('validation.required')) },
  });

  const save = useApiMutation<typeof form.values, Deal, (typeof FIELDS)[number]>({
    mutationFn: async (values) => {
      // A name typed after a company was picked replaces it: the box shows the name.
      let companyId = values.companyId;
      if (values.newCompany.trim()) {
        companyId = (await createCompany({ name: values.newCompany.trim() })).id;
        // Made once: a retry after the deal is refused does not make a second company.
        form.setValues({ companyId, newCompany: '' });
      }
      return createDeal({
        title: values.title.trim(),
        pipelineId,
        ...(values.value === '' ? {} : { value: Number(values.value) }),
        ...(companyId ? { companyId } : {}),
      });
    },
    // The new card is drawn from the answer; only the column totals and My day refetch.
    apply: storeDeal,
    invalidates: (deal, values) => [
      ...dealChangeKeys(deal),
      ...(values.newCompany.trim() ? [companyKeys.lists] : []),
    ],
    form,
    fields: FIELDS,
    done: (deal) => t('board.created', { title: deal.title }),
    onSuccess: onClose,
  });

  return (
    <ModalForm
      title={t('board.newDealTitle')}
      onClose={onClose}
      submitLabel={t('common.create')}
      form={form}
      save={save}
    >
      <LeadingField label={t('fields.title')} {...form.getInputProps('title')} />
      <ValueInput {...form.getInputProps('value')} />
      <CompanyPicker
        label={t('fields.company')}
        value={form.values.companyId}
        onChange={(id) => form.setFieldValue('companyId', id)}
        error={form.errors.companyId}
        create={{
          draft: form.values.newCompany,
          onDraft: (name) => form.setFieldValue('newCompany', name),
        }}
        // Opens upwards: below it lie the dialog's buttons, which the list must not cover.
        comboboxProps={{ position: 'top' }}
      />
    </ModalForm>
  );
}
