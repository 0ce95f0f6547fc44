import { Button, Loader, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ListFooter } from '../../../../kernel/web/components/list-footer.tsx';
import { PageHeader } from '../../../../kernel/web/components/page-header.tsx';
import { SearchInput } from '../../../../kernel/web/components/search-input.tsx';
import { contactListQuery } from '../api/contact-list-query.ts';
import { useSearchText } from '../use-search-text.ts';
import { ContactFormModal } from './contact-form-modal.tsx';
import { ContactsTable } from './contacts-table.tsx';

/** Contacts: search, "load more", and a button to add one. */
export function ContactsPage() {
  const { t } = useTranslation();
  const { search, setSearch, q } = useSearchText();
  const [creating, { open, close }] = useDisclosure();
  const list = useInfiniteQuery(contactListQuery({ q }));
  const contacts = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader title={t('contacts.title')}>
        <Button onClick={open}>{t('contacts.new')}</Button>
      </PageHeader>
      <SearchInput label={t('contacts.search')} value={search} onChange={setSearch} />
      {list.isPending ? (
        <Loader size="sm" />
      ) : list.isError ? (
        <Text c="red">{t('errors.loadFailed')}</Text>
      ) : contacts.length === 0 ? (
        <Text c="dimmed">{q ? t('common.noMatches') : t('contacts.empty')}</Text>
      ) : (
        <>
          <ContactsTable contacts={contacts} />
          <ListFooter
            countKey="contacts.count"
            count={contacts.length}
            hasMore={list.hasNextPage}
            loadingMore={list.isFetchingNextPage}
            onLoadMore={() => void list.fetchNextPage()}
          />
        </>
      )}
      {creating && <ContactFormModal opened onClose={close} />}
    </>
  );
}
