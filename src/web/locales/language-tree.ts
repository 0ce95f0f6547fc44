import type { Tree } from './resources.ts';

/**
 * One language's strings from its files (`…/locales/<language>/<key>.json` → `<key>`): each
 * module keeps one file per top-level key.
 */
export function languageTree(files: Record<string, Tree>): Tree {
  const tree: Tree = {};
  for (const [path, content] of Object.entries(files)) {
    const match = /\/locales\/[a-z]+\/([\w-]+)\.json$/.exec(path);
    if (match) tree[match[1] as string] = content;
  }
  return tree;
}
