import { Select } from '@mantine/core';
import {
  type InfiniteData,
  type QueryKey,
  useInfiniteQuery,
  type UseInfiniteQueryOptions,
  useQuery,
  type UseQueryOptions,
} from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchText } from './use-search-text.ts';

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

/** What a picker searches with: how to load one record, and the pages of those matching a text. */
interface Queries<
  T extends Named,
  Page extends { items: T[] },
  K1 extends QueryKey,
  K2 extends QueryKey,
> {
  one: (id: string) => UseQueryOptions<T, Error, T, K1>;
  matching: (
    q: string,
  ) => UseInfiniteQueryOptions<Page, Error, InfiniteData<Page>, K2, string | undefined>;
}

/**
 * A searchable select of companies or contacts. The search runs on the server: the options are
 * the records matching the text typed, plus the selected one, which the search may not list.
 */
export function RecordSelect<
  T extends Named,
  Page extends { items: T[] },
  K1 extends QueryKey,
  K2 extends QueryKey,
>({
  label,
  placeholder,
  value,
  onChange,
  error,
  one,
  matching,
}: RecordSelectProps & Queries<T, Page, K1, K2> & { placeholder: string }) {
  const { t } = useTranslation();
  const { search, setSearch, q } = useSearchText();
  const selected = useQuery({ ...one(value), enabled: Boolean(value) });
  const found = useInfiniteQuery(matching(q));
  const options = new Map<string, string>();
  if (selected.data) options.set(selected.data.id, selected.data.name);
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
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
    />
  );
}
