import { Button, Group, Paper, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { FieldList } from '../../../../kernel/web/components/field-list.tsx';
import { formatDate, formatMoney } from '../../../../kernel/web/lib/format.ts';
import { CompanyName } from '../../../accounts/web/index.ts';
import { contactQuery } from '../../../accounts/web/index.ts';
import type { Deal } from '../api/types.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';

/** The deal's details (value, company, contact, owner, source, lead, close date) with Edit. */
export function DealFields({ deal: d, onEdit }: { deal: Deal; onEdit: () => void }) {
  const { t, i18n } = useTranslation();
  const users = useQuery(allUsersQuery);
  const ownerName = users.data?.find((u) => u.id === d.ownerId)?.name;
  return (
    <Paper withBorder p="lg">
      <Group justify="space-between" mb="sm">
        <Title order={3} size="h4">
          {t('deal.fields')}
        </Title>
        <Button variant="default" size="xs" onClick={onEdit}>
          {t('common.edit')}
        </Button>
      </Group>
      <FieldList
        items={[
          {
            label: t('fields.value'),
            value: d.value !== null ? formatMoney(d.value, d.currency, i18n.language) : null,
          },
          { label: t('deal.currency'), value: d.currency },
          {
            label: t('fields.company'),
            value: d.companyId && <CompanyName id={d.companyId} />,
          },
          {
            label: t('fields.contactId'),
            value: d.contactId && <ContactName id={d.contactId} />,
          },
          { label: t('board.owner'), value: ownerName },
          { label: t('leads.fields.source'), value: dealSource(d, t) },
          {
            label: t('deal.lead'),
            value: d.leadId && (
              <AnchorLink to="/leads/$leadId" params={{ leadId: d.leadId }}>
                {t('deal.openLead')}
              </AnchorLink>
            ),
          },
          {
            label: t('fields.expectedCloseDate'),
            value:
              d.expectedCloseDate &&
              formatDate(`${d.expectedCloseDate}T12:00:00Z`, i18n.language, 'UTC'),
          },
        ]}
      />
    </Paper>
  );
}

/** Where the deal came from: the lead's channel, medium and campaign (attribution). */
function dealSource(d: Deal, t: TFunction): string | null {
  if (!d.source) return null;
  const { channel, medium, campaign } = d.source;
  return [t(`leads.channel.${channel}`), medium, campaign].filter(Boolean).join(' · ');
}

function ContactName({ id }: { id: string }) {
  const contact = useQuery(contactQuery(id));
  if (!contact.data) return null;
  return (
    <AnchorLink to="/contacts/$contactId" params={{ contactId: id }}>
      {contact.data.name}
    </AnchorLink>
  );
}
