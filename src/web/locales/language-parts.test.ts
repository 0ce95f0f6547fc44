import { describe, expect, it } from 'vitest';
import * as enFirst from './en.ts';
import * as enRest from './en-rest.ts';
import * as plFirst from './pl.ts';
import * as plRest from './pl-rest.ts';
import * as ruFirst from './ru.ts';
import * as ruRest from './ru-rest.ts';
import { languageTree } from './language-tree.ts';
import { namespaces } from './resources.ts';

// Each language loads in two parts (languages.ts): together they hold every string file of the
// language, each once, and both languages split alike.
const parts = {
  en: [enFirst.files, enRest.files],
  pl: [plFirst.files, plRest.files],
  ru: [ruFirst.files, ruRest.files],
} as const;

describe('a language in two parts', () => {
  for (const [language, [first, rest]] of Object.entries(parts)) {
    it(`${language}: the board's part and the rest hold every file once`, () => {
      const a = Object.keys(languageTree(first));
      const b = Object.keys(languageTree(rest));
      expect(a.filter((key) => b.includes(key))).toEqual([]);
      expect([...a, ...b].sort()).toEqual(namespaces(language));
      expect(a.sort()).toEqual(Object.keys(languageTree(parts.en[0])).sort());
    });
  }
  it("the board's part holds the board's strings and not the reports'", () => {
    const first = languageTree(parts.en[0]);
    expect(Object.keys(first)).toEqual(expect.arrayContaining(['board', 'cardMarkers', 'nav']));
    expect(Object.keys(first)).not.toContain('reports');
  });
});
