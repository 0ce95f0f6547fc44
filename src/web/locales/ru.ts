/// <reference types="vite/client" />
// Every module's strings in this language, as one file of the build (see languages.ts).
import type { Tree } from './resources.ts';

export const files = import.meta.glob<Tree>(
  ['../../kernel/web/locales/ru/*.json', '../../modules/*/locales/ru/*.json'],
  { eager: true, import: 'default' },
);
