import { Button, Group, Tooltip } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { isOpen, type Lead, LEAD_STEPS, type LeadTarget, setLeadStatus } from './leads-api.ts';
import { useLeadMutation } from './use-lead-mutation.ts';

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
  const step = useLeadMutation(
    lead,
    (status: LeadTarget) => setLeadStatus(lead, status),
    (saved) =>
      notifications.show({
        color: 'teal',
        message: t('leads.card.statusChanged', { status: t(`leads.status.${saved.status}`) }),
      }),
  );
  if (!isOpen(lead.status)) return null;
  const at = (LEAD_STEPS as readonly string[]).indexOf(lead.status);
  const ahead = LEAD_STEPS.slice(at + 1) as LeadTarget[];
  return (
    <Group gap="xs" role="group" aria-label={t('leads.card.statusActions')}>
      {ahead.map((status) => (
        <Button
          key={status}
          variant="light"
          disabled={step.isPending}
          onClick={() => step.mutate(status)}
        >
          {t(`leads.mark.${status}`)}
        </Button>
      ))}
      <Tooltip label={t('leads.card.convertHint')} disabled={lead.status === 'sql'}>
        <Button color="teal" disabled={lead.status !== 'sql'} onClick={onConvert}>
          {t('leads.card.convert')}
        </Button>
      </Tooltip>
      <Button color="red" variant="subtle" onClick={onDisqualify}>
        {t('leads.card.disqualify')}
      </Button>
    </Group>
  );
}
