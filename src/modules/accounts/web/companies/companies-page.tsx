import { Button, Loader, Table, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '../../../../kernel/web/components/list-footer.tsx';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { SearchInput } from '../../../../kernel/web/components/search-input.tsx';
import { countryName } from '../../../../kernel/web/lib/countries.ts';
import { formatDate } from '../../../../kernel/web/lib/format.ts';
import { formatPhone } from '../../../../kernel/web/lib/format-phone.ts';
import { useMe } from '../../../../kernel/web/lib/session.ts';
import { companyListQuery } from '../api/company-list-query.ts';
import { useSearchText } from '../use-search-text.ts';
import { CompanyFormModal } from './company-form-modal.tsx';
import { AnchorLink } from '../../../../kernel/web/components/anchor-link.tsx';

/** Companies: search, "load more", and a button to add one. */
export function CompaniesPage() {
  const { t, i18n } = useTranslation();
  const { workspace } = useMe();
  const { search, setSearch, q } = useSearchText();
  const [creating, { open, close }] = useDisclosure();
  const list = useInfiniteQuery(companyListQuery(q));
  const companies = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('companies.title')}>
        <Button onClick={open}>{t('companies.new')}</Button>
      </PageHeader>
      <SearchInput label={t('companies.search')} value={search} onChange={setSearch} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.isError ? (
        <Text c="red">{t('errors.loadFailed')}</Text>
      ) : companies.length === 0 ? (
        <Text c="dimmed">{q ? t('common.noMatches') : t('companies.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('fields.name')}</Table.Th>
                <Table.Th>{t('fields.email')}</Table.Th>
                <Table.Th>{t('fields.phone')}</Table.Th>
                <Table.Th>{t('fields.city')}</Table.Th>
                <Table.Th>{t('fields.createdAt')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {companies.map((company) => (
                <Table.Tr key={company.id}>
                  <Table.Td>
                    <AnchorLink to="/companies/$companyId" params={{ companyId: company.id }}>
                      {company.name}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td>{company.email}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {company.phone && formatPhone(company.phone)}
                  </Table.Td>
                  <Table.Td>
                    {[company.city, company.country && countryName(company.country, i18n.language)]
                      .filter(Boolean)
                      .join(', ')}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>
                    {formatDate(company.createdAt, i18n.language, workspace.timezone)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {companies.length > 0 && (
        <ListFooter
          countKey="companies.count"
          count={companies.length}
          hasMore={list.hasNextPage}
          loadingMore={list.isFetchingNextPage}
          onLoadMore={() => void list.fetchNextPage()}
        />
      )}
      <CompanyFormModal opened={creating} onClose={close} />
    </>
  );
}
