/// <reference types="vite/client" />
// Each language is a folder of JSON files, one per top-level key (`en/board.json` holds
// `board.*`), so features add their strings in their own file instead of one shared file.

export type Tree = { [key: string]: string | Tree };

const files = import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' });

function language(code: string): Tree {
  const tree: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /^\.\/([a-z]+)\/([\w-]+)\.json$/.exec(path);
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
