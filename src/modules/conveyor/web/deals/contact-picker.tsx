import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { contactListQuery } from '../../../accounts/web/index.ts';

interface Props {
  label: string;
  value: string;
  onChange: (contactId: string) => void;
}

/** A searchable contact select (`GET /contacts?q=`). */
export function ContactPicker({ label, value, onChange }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const found = useInfiniteQuery(contactListQuery({ q }, 20));
  const options = (found.data?.pages.flatMap((p) => p.items) ?? []).map((c) => ({
    value: c.id,
    label: c.name,
  }));

  return (
    <Select
      label={label}
      placeholder={t('gate.pickContact')}
      data={options}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
    />
  );
}
