import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { contactListQuery } from '../api/contact-list-query.ts';
import { contactQuery } from '../api/contact-query.ts';
import { RecordSelect, type RecordSelectProps } from '../record-select.tsx';
import { useSearchText } from '../use-search-text.ts';

/** A searchable contact select; the search runs on the server (`GET /contacts?q=`). */
export function ContactPicker(props: RecordSelectProps) {
  const { t } = useTranslation();
  const { search, setSearch, q } = useSearchText();
  const selected = useQuery({ ...contactQuery(props.value), enabled: Boolean(props.value) });
  const found = useInfiniteQuery(contactListQuery({ q }, 20));
  return (
    <RecordSelect
      {...props}
      placeholder={t('contacts.pickContact')}
      search={search}
      onSearchChange={setSearch}
      selected={selected.data}
      found={found}
    />
  );
}
