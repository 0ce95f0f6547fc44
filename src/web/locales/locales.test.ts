import { describe, expect, it } from 'vitest';
import { en, namespaces, pl, ru, type Tree } from './resources.ts';

/** Every leaf key as a dotted path. */
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;

/** The CLDR plural categories each language needs (from Intl, not hand-written). */
function categories(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.slice().sort();
}

/** Keys with plural suffixes collapsed to their base, with the set of categories present. */
function shape(tree: Tree) {
  const plain = new Set<string>();
  const plurals = new Map<string, string[]>();
  for (const key of leaves(tree).keys()) {
    const match = PLURAL.exec(key);
    if (!match) {
      plain.add(key);
      continue;
    }
    const base = key.slice(0, match.index);
    plurals.set(base, [...(plurals.get(base) ?? []), match[1] as string].sort());
  }
  return { plain, plurals };
}

const locales: Record<string, Tree> = { en, pl, ru };
const reference = shape(en);

describe('locale files', () => {
  it('are the same files in every language', () => {
    expect(namespaces('en').length).toBeGreaterThan(10);
    expect(namespaces('pl')).toEqual(namespaces('en'));
    expect(namespaces('ru')).toEqual(namespaces('en'));
  });

  it('need the plural forms the tests expect', () => {
    expect(categories('en')).toEqual(['one', 'other']);
    expect(categories('pl')).toEqual(['few', 'many', 'one', 'other']);
    expect(categories('ru')).toEqual(['few', 'many', 'one', 'other']);
  });

  for (const [language, tree] of Object.entries(locales)) {
    describe(language, () => {
      const own = shape(tree);

      it('has exactly the same plain keys as English', () => {
        expect([...own.plain].sort()).toEqual([...reference.plain].sort());
      });

      it('has every plural key in all forms its language needs', () => {
        expect([...own.plurals.keys()].sort()).toEqual([...reference.plurals.keys()].sort());
        for (const [base, forms] of own.plurals) {
          expect({ key: base, forms }).toEqual({ key: base, forms: categories(language) });
        }
      });

      it('has no empty strings and keeps every {{placeholder}} of English', () => {
        const mine = leaves(tree);
        const english = leaves(en);
        for (const [key, value] of mine) {
          expect(value.trim(), key).not.toBe('');
          const base = key.replace(PLURAL, '');
          const source = english.get(key) ?? english.get(`${base}_other`) ?? '';
          const wanted = (source.match(/\{\{\w+\}\}/g) ?? []).sort();
          expect((value.match(/\{\{\w+\}\}/g) ?? []).sort(), key).toEqual(wanted);
        }
      });
    });
  }
});
