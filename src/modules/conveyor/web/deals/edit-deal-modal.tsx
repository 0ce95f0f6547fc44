import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalForm } from '../../../../kernel/web/components/modal-form.tsx';
import { CompanyPicker, ContactPicker } from '../../../accounts/web/index.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';
import type { Deal } from '../api/types.ts';
import { useUpdateDeal } from './use-deal-actions.ts';

/** Edits the deal's fields with If-Match; a stale version reloads the deal. */
export function EditDealModal({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const users = useQuery(allUsersQuery);
  const [value, setValue] = useState<string | number>(deal.value ?? '');
  const [currency, setCurrency] = useState(deal.currency);
  const [companyId, setCompanyId] = useState(deal.companyId ?? '');
  const [contactId, setContactId] = useState(deal.contactId ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(deal.ownerId);
  const [closeDate, setCloseDate] = useState(deal.expectedCloseDate ?? '');
  const save = useUpdateDeal({
    done: () => t('deal.saved'),
    onSuccess: onClose,
    onConflict: onClose,
  });
  const submit = () =>
    save.mutate({
      deal,
      ifMatch: true,
      changes: {
        value: value === '' ? null : Number(value),
        currency: currency.trim().toUpperCase(),
        companyId: companyId || null,
        contactId: contactId || null,
        ownerId,
        expectedCloseDate: closeDate || null,
      },
    });
  return (
    <ModalForm
      title={t('deal.editTitle')}
      size="lg"
      onClose={onClose}
      submitLabel={t('common.save')}
      pending={save.isPending}
      onConfirm={submit}
    >
      <Group grow align="flex-start">
        <NumberInput
          label={t('fields.value')}
          min={0}
          decimalScale={2}
          value={value}
          onChange={setValue}
        />
        <TextInput
          label={t('deal.currency')}
          maxLength={3}
          value={currency}
          onChange={(e) => setCurrency(e.currentTarget.value.toUpperCase())}
        />
      </Group>
      <CompanyPicker label={t('fields.companyId')} value={companyId} onChange={setCompanyId} />
      <ContactPicker label={t('fields.contactId')} value={contactId} onChange={setContactId} />
      <Select
        label={t('board.owner')}
        data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        value={ownerId}
        onChange={setOwnerId}
        searchable
        clearable
      />
      <TextInput
        label={t('fields.expectedCloseDate')}
        type="date"
        value={closeDate}
        onChange={(e) => setCloseDate(e.currentTarget.value)}
      />
    </ModalForm>
  );
}
