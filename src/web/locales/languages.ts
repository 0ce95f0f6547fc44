/// <reference types="vite/client" />
// The strings of one language at a time, for the running app (resources.ts holds all three, for
// the tests). Each language is two files of the build (ADR 032): what the shell and the board
// draw, loaded before the first render, and the rest, loaded with any other page, with the
// board's dialogs, or once the board has drawn its first cards.
import type { LanguageLoaders } from '../../kernel/web/lib/i18n.ts';
import { languageTree } from './language-tree.ts';

export const languageLoaders: LanguageLoaders = {
  en: {
    first: async () => languageTree((await import('./en.ts')).files),
    rest: async () => languageTree((await import('./en-rest.ts')).files),
  },
  pl: {
    first: async () => languageTree((await import('./pl.ts')).files),
    rest: async () => languageTree((await import('./pl-rest.ts')).files),
  },
  ru: {
    first: async () => languageTree((await import('./ru.ts')).files),
    rest: async () => languageTree((await import('./ru-rest.ts')).files),
  },
};
