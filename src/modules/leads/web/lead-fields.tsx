import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../kernel/web/components/anchor-link.tsx';
import { FieldsCard } from '../../../kernel/web/components/field-list.tsx';
import { formatDateTime } from '../../../kernel/web/lib/format.ts';
import { formatPhone } from '../../../kernel/web/lib/format-phone.ts';
import { useMe } from '../../../kernel/web/lib/session.ts';
import { stayDuration } from '../../conveyor/web/index.ts';
import { sourceText } from '../../../kernel/web/lib/source-text.ts';
import type { Lead } from './api/types.ts';
import { allUsersQuery } from '../../identity/web/index.ts';

/** The lead's fields, source, owner and first contact, with "edit". */
export function LeadFields({ lead, onEdit }: { lead: Lead; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const me = useMe();
  const users = useQuery(allUsersQuery);
  const owner = users.data?.find((u) => u.id === lead.ownerId)?.name;
  const tz = me.workspace.timezone;
  const speed = lead.firstContactedAt
    ? stayDuration(
        (new Date(lead.firstContactedAt).getTime() - new Date(lead.createdAt).getTime()) / 1000,
        t,
      )
    : null;
  return (
    <FieldsCard
      title={t('leads.card.details')}
      onEdit={onEdit}
      items={[
        { label: t('fields.company'), value: lead.companyName },
        { label: t('fields.email'), value: lead.email },
        { label: t('fields.phone'), value: lead.phone && formatPhone(lead.phone) },
        { label: t('leads.fields.source'), value: sourceText(lead.source, t) },
        {
          label: t('leads.fields.owner'),
          value: lead.ownerId ? (
            owner
          ) : (
            <Text span c="orange.8" fw={500}>
              {t('leads.unassigned')}
            </Text>
          ),
        },
        {
          label: t('fields.createdAt'),
          value: formatDateTime(lead.createdAt, i18n.language, tz),
        },
        { label: t('leads.fields.speedToLead'), value: speed },
        {
          label: t('fields.contactId'),
          value: lead.contactId && (
            <AnchorLink to="/contacts/$contactId" params={{ contactId: lead.contactId }}>
              {t('leads.card.openContact')}
            </AnchorLink>
          ),
        },
        {
          label: t('leads.fields.deal'),
          value: lead.convertedDealId && (
            <AnchorLink to="/deals/$dealId" params={{ dealId: lead.convertedDealId }}>
              {t('leads.timeline.openDeal')}
            </AnchorLink>
          ),
        },
      ]}
    >
      {lead.disqualifyReason && (
        <Text size="sm" mt="md" c="red.8">
          {t('leads.card.disqualifiedBecause', { reason: lead.disqualifyReason })}
        </Text>
      )}
      {lead.message && (
        <Text size="sm" mt="md" style={{ whiteSpace: 'pre-wrap' }}>
          <Text span fw={600}>
            {t('leads.fields.message')}:
          </Text>{' '}
          {lead.message}
        </Text>
      )}
    </FieldsCard>
  );
}
