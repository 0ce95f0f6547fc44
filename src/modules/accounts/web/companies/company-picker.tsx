import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { companyListQuery } from '../api/company-list-query.ts';
import { companyQuery } from '../api/company-query.ts';
import { RecordSelect, type RecordSelectProps } from '../record-select.tsx';
import { useSearchText } from '../use-search-text.ts';

/** A searchable company select; the search runs on the server (`GET /companies?q=`). */
export function CompanyPicker(props: RecordSelectProps) {
  const { t } = useTranslation();
  const { search, setSearch, q } = useSearchText();
  const selected = useQuery({ ...companyQuery(props.value), enabled: Boolean(props.value) });
  const found = useInfiniteQuery(companyListQuery(q, 20));
  return (
    <RecordSelect
      {...props}
      placeholder={t('contacts.pickCompany')}
      search={search}
      onSearchChange={setSearch}
      selected={selected.data}
      found={found}
    />
  );
}
