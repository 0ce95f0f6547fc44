import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { disqualifyLead, type Lead } from './leads-api.ts';
import { useLeadMutation } from './use-lead-mutation.ts';

/** Closes the lead with a written reason (required). */
export function DisqualifyModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const save = useLeadMutation(lead, (r: string) => disqualifyLead(lead, r), onClose);
  return (
    <Modal opened onClose={onClose} title={t('leads.disqualify.title', { name: lead.name })}>
      <Stack>
        <Textarea
          label={t('leads.disqualify.reason')}
          description={t('leads.disqualify.hint')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            disabled={!reason.trim()}
            loading={save.isPending}
            onClick={() => save.mutate(reason.trim())}
          >
            {t('leads.card.disqualify')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
