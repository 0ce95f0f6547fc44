// One term per concept per language (issue 17): the glossary names each concept's one word in
// en, pl and ru and the variants that once crept in ("szansa" beside "transakcja", "Lejek" for
// both the pipeline and the funnel report). A string that uses a forbidden variant fails here.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCALES, type Locale } from '../../contract/roles.ts';
import { en, pl, ru, type Tree } from './resources.ts';

interface Wording {
  term: string;
  forbidden: string[];
  allow?: string[];
}
type Concept = { keys: string[]; distinctFrom?: string } & Record<Locale, Wording>;

const glossary = JSON.parse(readFileSync(join(import.meta.dirname, 'glossary.json'), 'utf8')) as {
  concepts: Record<string, Concept>;
};
const trees: Record<Locale, Tree> = { en, pl, ru };

/** Every string of a language by its dotted key. */
function strings(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, node]) =>
    typeof node === 'string'
      ? [[`${prefix}${key}`, node] as [string, string]]
      : strings(node, `${prefix}${key}.`),
  );
}

const pattern = (source: string) => new RegExp(source, 'iu');

describe.each(LOCALES)('in %s', (locale) => {
  const all = new Map(strings(trees[locale]));

  it.each(Object.entries(glossary.concepts))('"%s" has one word', (_name, concept) => {
    const { term, forbidden, allow = [] } = concept[locale];
    const variants = [...all].filter(
      ([key, text]) => !allow.includes(key) && forbidden.some((f) => pattern(f).test(text)),
    );
    expect(variants.map(([key, text]) => `${key}: ${text}`)).toEqual([]);

    const unnamed = concept.keys.filter((key) => !pattern(term).test(all.get(key) ?? ''));
    expect(unnamed).toEqual([]);

    const other = concept.distinctFrom ? glossary.concepts[concept.distinctFrom] : undefined;
    if (other) {
      const mixed = concept.keys.filter((key) => pattern(other[locale].term).test(all.get(key)!));
      expect(mixed).toEqual([]);
    }
  });
});

describe('the glossary', () => {
  it('names every concept in every language, with keys that exist', () => {
    for (const concept of Object.values(glossary.concepts)) {
      for (const locale of LOCALES) expect(concept[locale].term).not.toBe('');
      for (const key of concept.keys) expect(new Map(strings(en)).has(key)).toBe(true);
    }
  });

  it('catches a variant (the check does not pass on nothing)', () => {
    const { forbidden } = glossary.concepts.deal!.pl;
    expect(forbidden.some((f) => pattern(f).test('Nowa szansa'))).toBe(true);
  });
});
