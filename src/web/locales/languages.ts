/// <reference types="vite/client" />
// The strings of one language at a time, for the running app (resources.ts holds all three, for
// the tests): each language is its own file of the build, loaded when the UI speaks it (ADR 032).
import type { LanguageLoaders } from '../../kernel/web/lib/i18n.ts';
import { languageTree } from './language-tree.ts';

export const languageLoaders: LanguageLoaders = {
  en: async () => languageTree((await import('./en.ts')).files),
  pl: async () => languageTree((await import('./pl.ts')).files),
  ru: async () => languageTree((await import('./ru.ts')).files),
};
