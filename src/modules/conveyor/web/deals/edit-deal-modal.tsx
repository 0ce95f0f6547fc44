import { Button, Group, Modal, NumberInput, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../../kernel/web/components/use-problem-handler.tsx';
import { isProblem } from '../../../../kernel/web/lib/problem.ts';
import { CompanyPicker } from '../../../accounts/web/index.ts';
import { ContactPicker } from './contact-picker.tsx';
import { type Deal, dealQuery, saveDeal } from './deals-api.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';

/** Edits the deal's fields with If-Match; a stale version reloads the deal. */
export function EditDealModal({ deal, onClose }: { deal: Deal; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const users = useQuery(allUsersQuery);
  const [value, setValue] = useState<string | number>(deal.value ?? '');
  const [currency, setCurrency] = useState(deal.currency);
  const [companyId, setCompanyId] = useState(deal.companyId ?? '');
  const [contactId, setContactId] = useState(deal.contactId ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(deal.ownerId);
  const [closeDate, setCloseDate] = useState(deal.expectedCloseDate ?? '');
  const save = useMutation({
    mutationFn: () =>
      saveDeal(deal, {
        value: value === '' ? null : Number(value),
        currency: currency.trim().toUpperCase(),
        companyId: companyId || null,
        contactId: contactId || null,
        ownerId,
        expectedCloseDate: closeDate || null,
      }),
    onSuccess: async (saved) => {
      queryClient.setQueryData(dealQuery(saved.id).queryKey, saved);
      notifications.show({ color: 'teal', message: t('deal.saved') });
      onClose();
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['deals', 'board'] }),
        queryClient.invalidateQueries({ queryKey: ['deals', 'history', saved.id] }),
      ]);
    },
    onError: async (error) => {
      if (isProblem(error, 'version_conflict')) {
        notifications.show({
          color: 'yellow',
          title: t('errors.conflictTitle'),
          message: t('errors.version_conflict'),
        });
        await queryClient.invalidateQueries({ queryKey: dealQuery(deal.id).queryKey });
        onClose();
        return;
      }
      problems.notify(error);
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('deal.editTitle')} size="lg">
      <Stack>
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
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={save.isPending} onClick={() => save.mutate()}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
