// A report's file speaks the reader's language (issue 17): every header and every code a file
// may hold has its words in en, pl and ru, none left empty or as its code.
import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../../../../contract/roles.ts';
import { COLUMN_FORMATS } from './columns.ts';
import { EXPORT_WORDS } from './index.ts';
import { EXPORT_WORDS_EN } from './en.ts';

/** Every dotted key of a nested dictionary. */
function keys(node: object, prefix = ''): string[] {
  return Object.entries(node).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? keys(value as object, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe.each(LOCALES)('the %s words of a report file', (locale) => {
  const words = EXPORT_WORDS[locale];

  it('have every key the English words have, and no other', () => {
    expect(keys(words).sort()).toEqual(keys(EXPORT_WORDS_EN).sort());
  });

  it('name every column, never by its code', () => {
    for (const id of Object.keys(COLUMN_FORMATS) as (keyof typeof COLUMN_FORMATS)[]) {
      const header = words.columns[id];
      expect(header.trim(), id).not.toBe('');
      if (id.includes('_')) expect(header, id).not.toBe(id);
    }
  });

  it('leave no value empty', () => {
    const empty = keys(words).filter((key) => {
      const value = key
        .split('.')
        .reduce<unknown>((n, k) => (n as Record<string, unknown>)[k], words);
      return typeof value !== 'string' || value.trim() === '';
    });
    expect(empty).toEqual([]);
  });
});
