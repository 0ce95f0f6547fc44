import { Anchor, Paper } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../../../kernel/web/components/field-list.tsx';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { RecordHeader } from '../../../../kernel/web/components/record-header.tsx';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { formatPhone } from '../../../../kernel/web/lib/format-phone.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { CompanyName } from '../companies/company-name.tsx';
import { contactQuery } from '../api/contact-query.ts';
import { ContactFormModal } from './contact-form-modal.tsx';

const route = getRouteApi('/app/contacts/$contactId');

/** One contact: its fields and "edit". */
export function ContactDetailPage() {
  const { t, i18n } = useTranslation();
  const { workspace } = useMe();
  const { contactId } = route.useParams();
  const contact = useQuery(contactQuery(contactId));
  const [editing, edit] = useDisclosure();

  if (!contact.data) return <PageState error={contact.error} />;
  const c = contact.data;

  return (
    <>
      <RecordHeader
        listTo="/contacts"
        listTitle={t('contacts.title')}
        name={c.name}
        onEdit={edit.open}
      />
      <Paper withBorder p="lg">
        <FieldList
          items={[
            { label: t('fields.jobTitle'), value: c.jobTitle },
            { label: t('fields.company'), value: c.companyId && <CompanyName id={c.companyId} /> },
            {
              label: t('fields.email'),
              value: c.email && <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor>,
            },
            {
              label: t('fields.phone'),
              value: c.phone && <Anchor href={`tel:${c.phone}`}>{formatPhone(c.phone)}</Anchor>,
            },
            {
              label: t('fields.createdAt'),
              value: formatDateTime(c.createdAt, i18n.language, workspace.timezone),
            },
            {
              label: t('fields.updatedAt'),
              value: formatDateTime(c.updatedAt, i18n.language, workspace.timezone),
            },
          ]}
        />
      </Paper>
      {editing && <ContactFormModal key={c.version} opened onClose={edit.close} contact={c} />}
    </>
  );
}
