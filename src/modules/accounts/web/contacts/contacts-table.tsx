import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatPhone } from '../../../../kernel/web/lib/format-phone.ts';
import { CompanyName } from '../companies/company-name.tsx';
import type { Contact } from '../api/types.ts';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';

interface Props {
  contacts: Contact[];
  /** Show the company column (not needed on a company's own page). */
  withCompany?: boolean;
}

export function ContactsTable({ contacts, withCompany = true }: Props) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped highlightOnHover verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.personName')}</Table.Th>
            <Table.Th>{t('fields.jobTitle')}</Table.Th>
            {withCompany && <Table.Th>{t('fields.company')}</Table.Th>}
            <Table.Th>{t('fields.email')}</Table.Th>
            <Table.Th>{t('fields.phone')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {contacts.map((contact) => (
            <Table.Tr key={contact.id}>
              <Table.Td>
                <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.id }}>
                  {contact.name}
                </AnchorLink>
              </Table.Td>
              <Table.Td>{contact.jobTitle}</Table.Td>
              {withCompany && (
                <Table.Td>{contact.companyId && <CompanyName id={contact.companyId} />}</Table.Td>
              )}
              <Table.Td>{contact.email}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {contact.phone && formatPhone(contact.phone)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
