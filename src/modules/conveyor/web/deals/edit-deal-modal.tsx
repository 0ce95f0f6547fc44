import { Group, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { isManager } from '../../../../contract/roles.ts';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { CompanyPicker, ContactPicker } from '../../../accounts/web/index.ts';
import { PersonSelect } from '../../../identity/web/index.ts';
import type { Deal } from '../api/types.ts';
import { useUpdateDeal } from './use-deal-actions.ts';
import { ValueInput } from './value-input.tsx';
import { DateField } from '../../../../kernel/web/components/date-field.tsx';

/** Edits the deal's fields with If-Match; a stale version reloads the deal. */
export function EditDealModal({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  // A deal changes hands through a manager; anyone may claim one nobody owns (docs/permissions.md).
  const canReassign = isManager(me.user.role) || deal.ownerId === null;
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      value: (deal.value ?? '') as string | number,
      currency: deal.currency,
      companyId: deal.companyId ?? '',
      contactId: deal.contactId ?? '',
      ownerId: deal.ownerId,
      expectedCloseDate: deal.expectedCloseDate ?? '',
    },
  });
  const update = useUpdateDeal({
    done: () => t('deal.saved'),
    onSuccess: onClose,
    onConflict: onClose,
  });
  // The form's values as the deal's changes; `If-Match` carries the version the form started from.
  const save = {
    isPending: update.isPending,
    mutate: (v: typeof form.values) =>
      update.mutate({
        deal,
        ifMatch: true,
        changes: {
          value: v.value === '' ? null : Number(v.value),
          currency: v.currency.trim().toUpperCase(),
          companyId: v.companyId || null,
          contactId: v.contactId || null,
          ownerId: v.ownerId,
          expectedCloseDate: v.expectedCloseDate || null,
        },
      }),
  };
  return (
    <ModalForm
      title={t('deal.editTitle')}
      size="lg"
      onClose={onClose}
      submitLabel={t('common.save')}
      form={form}
      save={save}
    >
      <Group grow align="flex-start">
        <ValueInput {...form.getInputProps('value')} />
        <TextInput
          label={t('deal.currency')}
          maxLength={3}
          {...form.getInputProps('currency')}
          onChange={(e) => form.setFieldValue('currency', e.currentTarget.value.toUpperCase())}
        />
      </Group>
      <CompanyPicker
        label={t('fields.companyId')}
        value={form.values.companyId}
        onChange={(id) => form.setFieldValue('companyId', id)}
        create="now"
      />
      <ContactPicker
        label={t('fields.contactId')}
        value={form.values.contactId}
        onChange={(id) => form.setFieldValue('contactId', id)}
        create="now"
      />
      <PersonSelect
        label={t('board.owner')}
        disabled={!canReassign}
        description={canReassign ? undefined : t('deal.ownerManagersOnly')}
        {...form.getInputProps('ownerId')}
      />
      <DateField
        label={t('fields.expectedCloseDate')}
        value={form.values.expectedCloseDate}
        onChange={(value) => form.setFieldValue('expectedCloseDate', value)}
        error={form.errors.expectedCloseDate}
      />
    </ModalForm>
  );
}
