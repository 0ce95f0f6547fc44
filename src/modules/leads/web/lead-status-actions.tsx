import { Button, Group, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../../../kernel/web/data/use-api-mutation.ts';
import { useCanEdit } from '../../identity/web/index.ts';
import { setLeadStatus } from './api/set-lead-status.ts';
import type { Lead } from './api/types.ts';
import { leadChange } from './lead-change.ts';
import { isOpen, LEAD_STEPS, type LeadTarget } from './lead-status.ts';

/**
 * The statuses ahead of the lead (forward only: passed ones are not offered), disqualify and
 * convert. Convert is for a sales-qualified lead only, as the server rules.
 */
export function LeadStatusActions({
  lead,
  onDisqualify,
  onConvert,
}: {
  lead: Lead;
  onDisqualify: () => void;
  onConvert: () => void;
}) {
  const { t } = useTranslation();
  // Someone else's lead beyond the workspace's edit permission: shown, not changed.
  const editable = useCanEdit()(lead.ownerId);
  const step = useApiMutation({
    mutationFn: (status: LeadTarget) => setLeadStatus(lead, status),
    ...leadChange(lead),
    done: (saved) => t('leads.card.statusChanged', { status: t(`leads.status.${saved.status}`) }),
  });
  if (!isOpen(lead.status)) return null;
  const at = (LEAD_STEPS as readonly string[]).indexOf(lead.status);
  const ahead = LEAD_STEPS.slice(at + 1) as LeadTarget[];
  return (
    <Tooltip label={t('leads.card.notYours')} disabled={editable}>
      <Group gap="xs" role="group" aria-label={t('leads.card.statusActions')}>
        {ahead.map((status) => (
          <Button
            key={status}
            variant="light"
            disabled={step.isPending || !editable}
            onClick={() => step.mutate(status)}
          >
            {t(`leads.mark.${status}`)}
          </Button>
        ))}
        <Tooltip label={t('leads.card.convertHint')} disabled={lead.status === 'sql' || !editable}>
          <Button color="teal" disabled={lead.status !== 'sql' || !editable} onClick={onConvert}>
            {t('leads.card.convert')}
          </Button>
        </Tooltip>
        <Button color="red" variant="subtle" disabled={!editable} onClick={onDisqualify}>
          {t('leads.card.disqualify')}
        </Button>
      </Group>
    </Tooltip>
  );
}
