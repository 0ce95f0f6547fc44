import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, type Tree } from './resources.ts';

const SRC = join(import.meta.dirname, '../..');
/** Every folder of web code: the shell, the kernel's web layer and each module's web layer. */
const WEB_DIRS = [
  join(SRC, 'web'),
  join(SRC, 'kernel/web'),
  ...readdirSync(join(SRC, 'modules'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(SRC, 'modules', entry.name, 'web'))
    .filter((dir) => existsSync(dir)),
];

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|gen)\.ts$/.test(entry.name) ? [path] : [];
  });
}

function has(tree: Tree, key: string): boolean {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return false;
    node = node[part];
  }
  if (typeof node === 'string') return true;
  // A plural key is used without its suffix: t('companies.count', { count }).
  const dot = key.lastIndexOf('.');
  const parent =
    dot < 0
      ? tree
      : (key
          .slice(0, dot)
          .split('.')
          .reduce<Tree | string | undefined>(
            (n, part) => (typeof n === 'object' ? n[part] : undefined),
            tree,
          ) as Tree | undefined);
  return typeof parent === 'object' && typeof parent[`${key.slice(dot + 1)}_other`] === 'string';
}

describe('translation keys used in the web app', () => {
  it('all exist in the English locale files (so no raw key reaches the screen)', () => {
    const missing: string[] = [];
    for (const file of WEB_DIRS.flatMap((dir) => sources(dir))) {
      const text = readFileSync(file, 'utf8');
      // t('a.b'), countKey="a.b", label: 'nav.x' — static keys only; `errors.${code}` has a fallback.
      const pattern = /(?:\bt\(\s*|countKey=|label: )['"]([a-z][\w-]*(?:\.[\w-]+)+)['"]/g;
      for (const match of text.matchAll(pattern)) {
        const key = match[1] as string;
        if (!has(en, key)) missing.push(`${key} (${file.slice(SRC.length + 1)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
