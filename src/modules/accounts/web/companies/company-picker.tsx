import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { companyListQuery, companyQuery } from './companies-api.ts';

interface Props {
  label: string;
  value: string;
  onChange: (companyId: string) => void;
  error?: ReactNode;
}

/** A searchable company select; the search runs on the server (`GET /companies?q=`). */
export function CompanyPicker({ label, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const selected = useQuery({ ...companyQuery(value), enabled: Boolean(value) });
  const found = useInfiniteQuery(companyListQuery(q, 20));

  const options = new Map<string, string>();
  if (selected.data) options.set(selected.data.id, selected.data.name);
  for (const company of found.data?.pages.flatMap((p) => p.items) ?? [])
    options.set(company.id, company.name);

  return (
    <Select
      label={label}
      placeholder={t('contacts.pickCompany')}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
