import { TextInput } from '@mantine/core';

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
}

/** A search box for list pages (its label is also its accessible name). */
export function SearchInput({ label, value, onChange }: Props) {
  return (
    <TextInput
      type="search"
      aria-label={label}
      placeholder={label}
      value={value}
      onChange={(event) => onChange(event.currentTarget.value)}
      maw={360}
      mb="md"
    />
  );
}
