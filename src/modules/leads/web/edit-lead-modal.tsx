import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isManager } from '../../../contract/roles.ts';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import type { Lead } from './api/types.ts';
import { updateLead } from './api/update-lead.ts';
import { leadChange, useLeadLimitNotice } from './lead-change.ts';
import { LeadOwnerSelect } from './lead-owner-select.tsx';
import { LeadPersonFields, personBody, personOf } from './lead-person-fields.tsx';

/**
 * Edits the lead's fields and owner with If-Match. Giving it to someone at their limit is
 * refused (409 lead_limit_reached, shown with the person's limit); clearing the owner puts it
 * back in the queue.
 */
export function EditLeadModal({ lead, onClose }: { lead: Lead; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  // A lead changes hands through a manager; anyone may claim one nobody owns (docs/permissions.md).
  const canReassign = isManager(me.user.role) || lead.ownerId === null;
  const [person, setPerson] = useState(() => personOf(lead));
  const [ownerId, setOwnerId] = useState<string | null>(lead.ownerId);
  const limitNotice = useLeadLimitNotice();
  const save = useApiMutation({
    mutationFn: () =>
      updateLead(lead, {
        ...personBody(person),
        ...(ownerId !== lead.ownerId ? { ownerId } : {}),
      }),
    ...leadChange(lead),
    onProblem: limitNotice,
    onSuccess: onClose,
  });
  return (
    <Modal opened onClose={onClose} title={t('leads.card.editTitle')} size="lg">
      <Stack>
        <LeadPersonFields value={person} onChange={setPerson} />
        <LeadOwnerSelect
          value={ownerId}
          onChange={setOwnerId}
          disabled={!canReassign}
          description={t(canReassign ? 'leads.card.ownerHint' : 'leads.card.ownerManagersOnly')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            disabled={!person.name.trim()}
            loading={save.isPending}
            onClick={() => save.mutate()}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
