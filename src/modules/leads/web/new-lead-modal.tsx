import { CHANNELS, type Channel } from '../../../contract/sources.ts';
import { Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { createLead } from './api/create-lead.ts';
import { leadKeys } from './keys.ts';
import { LeadOwnerSelect } from './lead-owner-select.tsx';
import { LeadPersonFields, personBody, personOf } from './lead-person-fields.tsx';

/** A lead entered by hand (a phone enquiry, a business card); routed when no owner is chosen. */
export function NewLeadModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [person, setPerson] = useState(() => personOf());
  const [channel, setChannel] = useState<Channel>('inbound');
  const [medium, setMedium] = useState('');
  const [campaign, setCampaign] = useState('');
  const [ownerId, setOwnerId] = useState<string | null>(null);
  const create = useApiMutation({
    mutationFn: () =>
      createLead({
        ...personBody(person),
        source: { channel, medium: medium.trim() || null, campaign: campaign.trim() || null },
        ...(ownerId ? { ownerId } : {}),
      }),
    apply: (client, lead) => client.setQueryData(leadKeys.detail(lead.id), lead),
    // A new lead joins the inbox and, routed, someone's load.
    invalidates: () => [leadKeys.lists, leadKeys.load],
    done: (lead) => t('leads.created', { name: lead.name }),
    onSuccess: (lead) => {
      onClose();
      void navigate({ to: '/leads/$leadId', params: { leadId: lead.id } });
    },
  });
  return (
    <Modal opened onClose={onClose} title={t('leads.new')} size="lg">
      <Stack>
        <LeadPersonFields value={person} onChange={setPerson} autoFocus />
        <Group grow>
          <Select
            label={t('leads.fields.channel')}
            data={CHANNELS.map((c) => ({ value: c, label: t(`leads.channel.${c}`) }))}
            value={channel}
            onChange={(v) => v && setChannel(v as Channel)}
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
        <LeadOwnerSelect value={ownerId} onChange={setOwnerId} description={t('leads.ownerHint')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!person.name.trim()}
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
