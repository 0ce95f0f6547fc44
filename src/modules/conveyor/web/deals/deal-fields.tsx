import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';
import { FieldsCard } from '../../../../kernel/web/components/field-list.tsx';
import { sourceText } from '../../../../kernel/web/lib/source-text.ts';
import { formatDate, formatMoney } from '../../../../kernel/web/lib/format.ts';
import { CompanyName } from '../../../accounts/web/index.ts';
import { contactQuery } from '../../../accounts/web/index.ts';
import type { Deal } from '../api/types.ts';
import { allUsersQuery } from '../../../identity/web/index.ts';

/**
 * The deal's details (value, company, contact, owner, source, lead, close date) with Edit,
 * disabled with `readOnly`'s reason when the person may not change the deal.
 */
export function DealFields({
  deal: d,
  onEdit,
  readOnly,
}: {
  deal: Deal;
  onEdit: () => void;
  readOnly?: string | null;
}) {
  const { t, i18n } = useTranslation();
  const users = useQuery(allUsersQuery);
  const ownerName = users.data?.find((u) => u.id === d.ownerId)?.name;
  return (
    <FieldsCard
      title={t('deal.fields')}
      onEdit={onEdit}
      readOnly={readOnly}
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
        { label: t('leads.fields.source'), value: d.source && sourceText(d.source, t) },
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
  );
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
