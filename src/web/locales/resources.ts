/// <reference types="vite/client" />
// Each module keeps its strings in its own `locales/<language>/` folder, one JSON file per
// top-level key (`conveyor/locales/en/board.json` holds `board.*`); the kernel's shared strings
// (common, errors, navigation) live in `src/kernel/web/locales/`. This file puts them together.

export type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>(
  ['../../kernel/web/locales/*/*.json', '../../modules/*/locales/*/*.json'],
  { eager: true, import: 'default' },
);

function language(code: string): Tree {
  const tree: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/locales\/([a-z]+)\/([\w-]+)\.json$/.exec(path);
    if (match?.[1] === code) tree[match[2] as string] = content;
  }
  return tree;
}

export const en = language('en');
export const pl = language('pl');
export const ru = language('ru');

/** The file names of each language, to check that every language has the same files. */
export function namespaces(code: string): string[] {
  return Object.keys(language(code)).sort();
}
