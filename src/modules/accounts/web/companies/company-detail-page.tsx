import { Anchor, Button, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { FieldList } from '../../../../kernel/web/components/field-list.tsx';
import { ListFooter } from '../../../../kernel/web/components/list-footer.tsx';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { PageState } from '../../../../kernel/web/components/page-state.tsx';
import { RecordHeader } from '../../../../kernel/web/components/record-header.tsx';
import { countryName } from '../../../../kernel/web/lib/countries.ts';
import { formatDateTime } from '../../../../kernel/web/lib/format.ts';
import { formatPhone } from '../../../../kernel/web/lib/format-phone.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { contactListQuery } from '../api/contact-list-query.ts';
import { ContactFormModal } from '../contacts/contact-form-modal.tsx';
import { ContactsTable } from '../contacts/contacts-table.tsx';
import { companyQuery } from '../api/company-query.ts';
import { CompanyFormModal } from './company-form-modal.tsx';

const route = getRouteApi('/app/companies/$companyId');

/** One company: its fields, "edit", and its contacts. */
export function CompanyDetailPage() {
  const { t, i18n } = useTranslation();
  const { workspace } = useMe();
  const { companyId } = route.useParams();
  const company = useQuery(companyQuery(companyId));
  const contacts = useInfiniteQuery(contactListQuery({ companyId }));
  const [editing, edit] = useDisclosure();
  const [adding, add] = useDisclosure();

  if (!company.data) return <PageState error={company.error} />;
  const c = company.data;
  const people = contacts.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <RecordHeader
        listTo="/companies"
        listTitle={t('companies.title')}
        name={c.name}
        onEdit={edit.open}
      />
      <Paper withBorder p="lg" mb="xl">
        <FieldList
          items={[
            { label: t('fields.email'), value: c.email },
            { label: t('fields.phone'), value: c.phone && formatPhone(c.phone) },
            {
              label: t('fields.website'),
              value: c.website && (
                <Anchor
                  href={/^https?:\/\//.test(c.website) ? c.website : `https://${c.website}`}
                  target="_blank"
                  rel="noreferrer"
                >
                  {c.website}
                </Anchor>
              ),
            },
            { label: t('fields.industry'), value: c.industry },
            { label: t('fields.city'), value: c.city },
            {
              label: t('fields.country'),
              value: c.country && countryName(c.country, i18n.language),
            },
            {
              label: t('fields.updatedAt'),
              value: formatDateTime(c.updatedAt, i18n.language, workspace.timezone),
            },
          ]}
        />
      </Paper>
      <PageHeader title={t('contacts.title')} order={3}>
        <Button variant="light" onClick={add.open}>
          {t('contacts.new')}
        </Button>
      </PageHeader>
      {people.length === 0 ? (
        <Text c="dimmed">{contacts.isPending ? '' : t('companies.noContacts')}</Text>
      ) : (
        <>
          <ContactsTable contacts={people} withCompany={false} />
          <ListFooter
            countKey="contacts.count"
            count={people.length}
            hasMore={contacts.hasNextPage}
            loadingMore={contacts.isFetchingNextPage}
            onLoadMore={() => void contacts.fetchNextPage()}
          />
        </>
      )}
      {editing && <CompanyFormModal key={c.version} opened onClose={edit.close} company={c} />}
      {adding && <ContactFormModal opened onClose={add.close} companyId={c.id} />}
    </>
  );
}
