import { Button, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { disqualifyLead } from './api/disqualify-lead.ts';
import type { Lead } from './api/types.ts';
import { leadChange } from './lead-change.ts';

/** Closes the lead with a written reason (required). */
export function DisqualifyModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const save = useApiMutation({
    mutationFn: (why: string) => disqualifyLead(lead, why),
    ...leadChange(lead),
    onSuccess: onClose,
  });
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
