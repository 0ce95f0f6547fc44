import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProblemHandler } from '../../../kernel/web/components/use-problem-handler.tsx';
import { createLead } from './leads-api.ts';
import { allUsersQuery } from '../../identity/web/index.ts';

/** A lead entered by hand (a phone enquiry, a business card); routed when no owner is chosen. */
export function NewLeadModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const problems = useProblemHandler();
  const users = useQuery(allUsersQuery);
  const [name, setName] = useState('');
  const [companyName, setCompanyName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [channel, setChannel] = useState<'inbound' | 'outbound'>('inbound');
  const [medium, setMedium] = useState('');
  const [campaign, setCampaign] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: () =>
      createLead({
        name: name.trim(),
        companyName: companyName.trim() || null,
        email: email.trim() || null,
        phone: phone.trim() || null,
        source: { channel, medium: medium.trim() || null, campaign: campaign.trim() || null },
        ...(ownerId ? { ownerId } : {}),
      }),
    onSuccess: async (lead) => {
      notifications.show({ color: 'teal', message: t('leads.created', { name: lead.name }) });
      await queryClient.invalidateQueries({ queryKey: ['leads'] });
      onClose();
      void navigate({ to: '/leads/$leadId', params: { leadId: lead.id } });
    },
    onError: (error) => problems.notify(error),
  });
  return (
    <Modal opened onClose={onClose} title={t('leads.new')} size="lg">
      <Stack>
        <TextInput
          label={t('fields.personName')}
          required
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          data-autofocus
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
        <Group grow>
          <Select
            label={t('leads.fields.channel')}
            data={[
              { value: 'inbound', label: t('leads.channel.inbound') },
              { value: 'outbound', label: t('leads.channel.outbound') },
            ]}
            value={channel}
            onChange={(v) => v && setChannel(v as 'inbound' | 'outbound')}
            allowDeselect={false}
          />
          <TextInput
            label={t('leads.fields.medium')}
            value={medium}
            onChange={(e) => setMedium(e.currentTarget.value)}
          />
          <TextInput
            label={t('leads.fields.campaign')}
            value={campaign}
            onChange={(e) => setCampaign(e.currentTarget.value)}
          />
        </Group>
        <Select
          label={t('leads.fields.owner')}
          description={t('leads.ownerHint')}
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
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            {t('common.create')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
