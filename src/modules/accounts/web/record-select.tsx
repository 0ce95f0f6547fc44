import { Select } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Named {
  id: string;
  name: string;
}

export interface RecordSelectProps {
  label: string;
  value: string;
  onChange: (id: string) => void;
  error?: ReactNode;
}

/**
 * A searchable select of companies or contacts. The search runs on the server: the options are
 * what it `found` for the text typed (`search`), plus the `selected` record, which it may not list.
 */
export function RecordSelect({
  label,
  placeholder,
  value,
  onChange,
  error,
  search,
  onSearchChange,
  selected,
  found,
}: RecordSelectProps & {
  placeholder: string;
  search: string;
  onSearchChange: (text: string) => void;
  selected: Named | undefined;
  found: { data?: { pages: { items: Named[] }[] }; isFetching: boolean };
}) {
  const { t } = useTranslation();
  const options = new Map<string, string>();
  if (selected) options.set(selected.id, selected.name);
  for (const item of found.data?.pages.flatMap((p) => p.items) ?? [])
    options.set(item.id, item.name);

  return (
    <Select
      label={label}
      placeholder={placeholder}
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value || null}
      onChange={(id) => onChange(id ?? '')}
      searchable
      clearable
      searchValue={search}
      onSearchChange={onSearchChange}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
