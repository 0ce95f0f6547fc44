// Proves that eslint.config.js really enforces the layer rules of ARCHITECTURE.md.
// eslint-plugin-boundaries reports nothing when it cannot resolve an import or classify a
// file, so a broken configuration looks exactly like a clean code base. These tests lint
// deliberate violations (as in-memory text at a made-up path) that import real files.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Some real source file of a layer (the resolver must resolve the import to a file). */
function someSource(layer: string): string {
  const dir = path.join(root, 'src', layer);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|gen)\.tsx?$/.test(f))
    .filter((f) => !f.split(path.sep).some((part) => part === 'test' || part === 'migrations'))
    .sort();
  const file = files[0];
  if (file === undefined) throw new Error(`no source file in src/${layer} to import`);
  return path.join(dir, file);
}

/** The import specifier for `target` as written in `fromFile` (both absolute). */
function specifier(fromFile: string, target: string, { extension = true } = {}): string {
  let rel = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return extension ? rel : rel.replace(/\.tsx?$/, '');
}

/** A file that does not exist, in the given folder; linted from memory. */
const probe = (dir: string) => path.join(root, dir, '__lint_probe__.ts');

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error('ESLint returned no result');
  return result.messages;
}

async function lintImport(fromDir: string, target: string, extension = true) {
  const from = probe(fromDir);
  const code = `import * as target from '${specifier(from, target, { extension })}';\n\nexport const probe = target;\n`;
  return lint(from, code);
}

const rules = (messages: Linter.LintMessage[]) => messages.map((m) => m.ruleId);

describe('layer boundaries', () => {
  it('reports domain importing db', async () => {
    const messages = await lintImport('src/domain', someSource('db'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/domain may not import db/);
  });

  it('reports domain importing db without a file extension (needs the TypeScript resolver)', async () => {
    const messages = await lintImport('src/domain', someSource('db'), false);
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('reports http importing db (http must go through app use cases)', async () => {
    const messages = await lintImport('src/http', someSource('db'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/http may not import db/);
  });

  it('reports web importing app', async () => {
    const messages = await lintImport('src/web', someSource('app'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/web may not import app/);
  });

  it('reports web importing the server config', async () => {
    const messages = await lintImport('src/web', path.join(root, 'src/config.ts'));
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('reports a dynamic import across a forbidden boundary', async () => {
    const from = probe('src/domain');
    const code = `export const load = () => import('${specifier(from, someSource('db'))}');\n`;
    expect(rules(await lint(from, code))).toContain('boundaries/dependencies');
  });

  it('reports a server-side test importing the web app', async () => {
    const from = path.join(root, 'src/db/__lint_probe__.test.ts');
    const code = `import * as web from '${specifier(from, someSource('web'))}';\n\nexport const probe = web;\n`;
    expect(rules(await lint(from, code))).toContain('boundaries/dependencies');
  });

  it('allows app importing domain', async () => {
    expect(await lintImport('src/app', someSource('domain'))).toEqual([]);
  });

  it('allows http importing app and config', async () => {
    expect(await lintImport('src/http', someSource('app'))).toEqual([]);
    expect(await lintImport('src/http', path.join(root, 'src/config.ts'))).toEqual([]);
  });

  it('allows cli importing db (migrate, connection)', async () => {
    expect(await lintImport('src/cli', someSource('db'))).toEqual([]);
  });

  it('allows a server-side test to import another server layer', async () => {
    const from = path.join(root, 'src/app/__lint_probe__.test.ts');
    const code = `import * as db from '${specifier(from, someSource('db'))}';\n\nexport const probe = db;\n`;
    expect(await lint(from, code)).toEqual([]);
  });
});

describe('configuration is read only in src/config.ts', () => {
  it('reports process.env in domain code', async () => {
    const messages = await lint(probe('src/domain'), 'export const port = process.env.PORT;\n');
    expect(rules(messages)).toEqual(['no-restricted-properties']);
  });

  it('reports destructuring env from node:process', async () => {
    const code = "import { env } from 'node:process';\n\nexport const port = env.PORT;\n";
    expect(rules(await lint(probe('src/http'), code))).toEqual(['no-restricted-imports']);
  });

  it('allows process.env in src/config.ts', async () => {
    const code = 'export const port = process.env.PORT;\n';
    expect(await lint(path.join(root, 'src/config.ts'), code)).toEqual([]);
  });
});

describe('typescript', () => {
  it('reports explicit any, also in tests', async () => {
    const code = 'export const parse = (value: any): string => String(value);\n';
    const from = path.join(root, 'src/domain/__lint_probe__.test.ts');
    expect(rules(await lint(from, code))).toEqual(['@typescript-eslint/no-explicit-any']);
  });
});
