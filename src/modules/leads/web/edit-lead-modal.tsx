import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Lead, saveLead } from './leads-api.ts';
import { useLeadMutation } from './use-lead-mutation.ts';
import { allUsersQuery } from '../../identity/web/index.ts';

/**
 * Edits the lead's fields and owner with If-Match. Giving it to someone at their limit is
 * refused (409 lead_limit_reached, shown with the person's limit); clearing the owner puts it
 * back in the queue.
 */
export function EditLeadModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const users = useQuery(allUsersQuery);
  const [name, setName] = useState(lead.name);
  const [companyName, setCompanyName] = useState(lead.companyName ?? '');
  const [email, setEmail] = useState(lead.email ?? '');
  const [phone, setPhone] = useState(lead.phone ?? '');
  const [ownerId, setOwnerId] = useState<string | null>(lead.ownerId);
  const save = useLeadMutation(
    lead,
    () =>
      saveLead(lead, {
        name: name.trim(),
        companyName: companyName.trim() || null,
        email: email.trim() || null,
        phone: phone.trim() || null,
        ...(ownerId !== lead.ownerId ? { ownerId } : {}),
      }),
    onClose,
  );
  return (
    <Modal opened onClose={onClose} title={t('leads.card.editTitle')} size="lg">
      <Stack>
        <TextInput
          label={t('fields.personName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
        />
        <TextInput
          label={t('fields.company')}
          value={companyName}
          onChange={(e) => setCompanyName(e.currentTarget.value)}
        />
        <Group grow>
          <TextInput
            label={t('fields.email')}
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <TextInput
            label={t('fields.phone')}
            value={phone}
            onChange={(e) => setPhone(e.currentTarget.value)}
          />
        </Group>
        <Select
          label={t('leads.fields.owner')}
          description={t('leads.card.ownerHint')}
          data={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
          value={ownerId}
          onChange={setOwnerId}
          searchable
          clearable
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!name.trim()}
            loading={save.isPending}
            onClick={() => save.mutate(undefined)}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
