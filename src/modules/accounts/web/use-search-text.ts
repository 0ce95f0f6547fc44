import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';

/** The text typed into a search box, and the same text once typing pauses (what is searched). */
export function useSearchText() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  return { search, setSearch, q };
}
