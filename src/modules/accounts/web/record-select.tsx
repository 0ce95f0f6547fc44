import { Select, type SelectProps } from '@mantine/core';
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
import { CREATE, DETAILS, exactMatch, pickerOptions } from './picker-options.ts';
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
  description?: ReactNode;
  required?: boolean;
}

/** What a name no record has may become: the options offered for it, and what picking does. */
export interface CreateChoices {
  createLabel: (name: string) => string;
  onCreate: (name: string) => void;
  detailsLabel: (name: string) => string;
  onDetails: (name: string) => void;
  /** The text typed and left unpicked (on blur), '' once a record is picked: never dropped. */
  onTyped: (name: string) => void;
  /** Every change the person types (not the select's own), for a host that saves what is typed. */
  onInput?: (name: string) => void;
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
 * the records matching the text typed, plus the selected one, which the search may not list;
 * with `create`, a name none of them has is offered for creation.
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
  description,
  required,
  one,
  matching,
  create,
  comboboxProps,
}: RecordSelectProps &
  Queries<T, Page, K1, K2> & {
    placeholder: string;
    create?: CreateChoices;
    comboboxProps?: SelectProps['comboboxProps'];
  }) {
  const { t } = useTranslation();
  const { search, setSearch, q } = useSearchText();
  const selected = useQuery({ ...one(value), enabled: Boolean(value) });
  const found = useInfiniteQuery(matching(q));
  const records = [
    ...(selected.data ? [selected.data] : []),
    ...(found.data?.pages.flatMap((p) => p.items) ?? []),
  ];
  // Offered only for the text the results belong to, so a pick never races a stale search.
  const typed = create && q === search.trim() && !found.isFetching ? q : '';
  const data = pickerOptions(records, typed, selected.data?.name, {
    create: (name) => create?.createLabel(name) ?? name,
    details: (name) => create?.detailsLabel(name) ?? name,
  });

  return (
    <Select
      label={label}
      placeholder={placeholder}
      description={description}
      required={required}
      data={data}
      value={value || null}
      onChange={(id) => {
        if (id === CREATE) create?.onCreate(typed);
        else if (id === DETAILS) create?.onDetails(typed);
        else {
          create?.onTyped('');
          onChange(id ?? '');
        }
      }}
      searchable
      clearable
      searchValue={search}
      onSearchChange={setSearch}
      // Enter takes the first option: the match, or "Create …" when nothing matches.
      selectFirstOptionOnChange
      onInput={(e) => create?.onInput?.(e.currentTarget.value.trim())}
      onBlur={() => {
        if (!create) return;
        // The select puts back the picked record's name on blur; a name typed and not picked
        // stays in the box and goes to the host instead of vanishing (a record's exact name
        // is that record).
        const text = search.trim();
        const exact = data.find((o) => o.value === exactMatch(records, text));
        if (exact && exact.value !== value) {
          create.onTyped('');
          onChange(exact.value);
        } else if (!text || text === selected.data?.name) create.onTyped('');
        else {
          setSearch(search);
          create.onTyped(text);
        }
      }}
      filter={({ options: all }) => all}
      nothingFoundMessage={found.isFetching ? t('common.loading') : t('common.nothingFound')}
      error={error}
      comboboxProps={comboboxProps}
    />
  );
}
