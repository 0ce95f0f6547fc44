// Proves that eslint.config.js really enforces the architecture of ARCHITECTURE.md: layers
// inside each module and the kernel, modules meeting only through their public surfaces along
// the declared module graph, and that graph without cycles. eslint-plugin-boundaries reports
// nothing when it cannot resolve an import or classify a file, so a broken configuration
// looks exactly like a clean code base. These tests lint deliberate violations (as in-memory
// text at a made-up path) that import real files.
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { assertAcyclic, MODULE_GRAPH } from '../eslint.config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Some real source file of a folder (the resolver must resolve the import to a file). */
function someSource(folder: string): string {
  const dir = path.join(root, 'src', folder);
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.tsx?$/.test(f) && !/\.(test|gen)\.tsx?$/.test(f) && !f.endsWith('index.ts'))
    .filter((f) => !f.split(path.sep).some((part) => part === 'test' || part === 'migrations'))
    .sort();
  const file = files[0];
  if (file === undefined) throw new Error(`no source file in src/${folder} to import`);
  return path.join(dir, file);
}

/** A module's public surface: its index.ts (server) or web/index.ts (browser). */
function surface(module: string, side: 'server' | 'web' = 'server'): string {
  const file = path.join(root, 'src/modules', module, side === 'web' ? 'web' : '', 'index.ts');
  if (!existsSync(file)) throw new Error(`${file} is missing`);
  return file;
}

/** The import specifier for `target` as written in `fromFile` (both absolute). */
function specifier(fromFile: string, target: string, { extension = true } = {}): string {
  let rel = path.relative(path.dirname(fromFile), target).split(path.sep).join('/');
  if (!rel.startsWith('.')) rel = `./${rel}`;
  return extension ? rel : rel.replace(/\.tsx?$/, '');
}

/** A file that does not exist, in the given folder; linted from memory. */
const probe = (dir: string, name = '__lint_probe__.ts') => path.join(root, dir, name);

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

describe('layer boundaries inside a module', () => {
  it('reports domain importing db', async () => {
    const messages = await lintImport(
      'src/modules/conveyor/domain',
      someSource('modules/conveyor/db'),
    );
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/conveyor\.domain may not import conveyor\.db/);
  });

  it('reports domain importing db without a file extension (needs the TypeScript resolver)', async () => {
    const target = someSource('modules/conveyor/db');
    const messages = await lintImport('src/modules/conveyor/domain', target, false);
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('reports http importing db (http must go through app use cases)', async () => {
    const messages = await lintImport('src/modules/leads/http', someSource('modules/leads/db'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/leads\.http may not import leads\.db/);
  });

  it('reports web importing app', async () => {
    const messages = await lintImport('src/modules/map/web', someSource('modules/map/app'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/map\.web may not import map\.app/);
  });

  it('reports web importing the server config', async () => {
    const messages = await lintImport(
      'src/modules/map/web',
      path.join(root, 'src/kernel/config.ts'),
    );
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('reports a dynamic import across a forbidden boundary', async () => {
    const from = probe('src/modules/conveyor/domain');
    const code = `export const load = () => import('${specifier(from, someSource('modules/conveyor/db'))}');\n`;
    expect(rules(await lint(from, code))).toContain('boundaries/dependencies');
  });

  it('reports a server-side test importing the web app', async () => {
    const from = probe('src/modules/conveyor/db', '__lint_probe__.test.ts');
    const code = `import * as web from '${specifier(from, someSource('modules/conveyor/web'))}';\n\nexport const probe = web;\n`;
    expect(rules(await lint(from, code))).toContain('boundaries/dependencies');
  });

  it('allows app importing domain', async () => {
    const target = someSource('modules/conveyor/domain');
    expect(await lintImport('src/modules/conveyor/app', target)).toEqual([]);
  });

  it('allows http importing app and config', async () => {
    const target = someSource('modules/conveyor/app');
    expect(await lintImport('src/modules/conveyor/http', target)).toEqual([]);
    const config = path.join(root, 'src/kernel/config.ts');
    expect(await lintImport('src/modules/conveyor/http', config)).toEqual([]);
  });

  it('allows cli importing the kernel db (migrate, connection)', async () => {
    expect(await lintImport('src/cli', someSource('kernel/db'))).toEqual([]);
  });

  it('allows a server-side test to import another server layer', async () => {
    const from = probe('src/modules/conveyor/app', '__lint_probe__.test.ts');
    const code = `import * as db from '${specifier(from, someSource('modules/leads/db'))}';\n\nexport const probe = db;\n`;
    expect(await lint(from, code)).toEqual([]);
  });
});

describe('the tooling', () => {
  const scanner = path.join(root, 'tools/contract-lists/scan.ts');

  it('reports production code importing a test-only helper of tools/', async () => {
    const messages = await lintImport('src/modules/map/domain', scanner);
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/map\.domain may not import tools/);
  });

  it('allows a test, server or web, to import a helper of tools/', async () => {
    for (const dir of ['src/server', 'src/web', 'src/modules/map/web']) {
      const from = probe(dir, '__lint_probe__.test.ts');
      const code = `import * as scan from '${specifier(from, scanner)}';\n\nexport const probe = scan;\n`;
      expect(await lint(from, code)).toEqual([]);
    }
  });
});

describe('the kernel', () => {
  it('applies the layer rules too', async () => {
    const messages = await lintImport('src/kernel/domain', someSource('kernel/db'));
    expect(messages[0]?.message).toMatch(/kernel\.domain may not import kernel\.db/);
  });

  it('imports no module, not even a public surface', async () => {
    const messages = await lintImport('src/kernel/app', surface('identity'));
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('keeps the contract free of everything else', async () => {
    const messages = await lintImport('src/contract', someSource('kernel/domain'));
    expect(rules(messages)).toContain('boundaries/dependencies');
  });
});

describe('modules meet only through their public surface, along the declared graph', () => {
  it('reports a module reaching into another module’s internals', async () => {
    const messages = await lintImport('src/modules/leads/app', someSource('modules/conveyor/app'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/leads\.app may not import conveyor\.app/);
  });

  it('allows a module to import another’s index.ts along the graph', async () => {
    expect(MODULE_GRAPH.leads).toContain('conveyor');
    expect(await lintImport('src/modules/leads/app', surface('conveyor'))).toEqual([]);
  });

  it('reports an import against the graph: it would close a cycle between modules', async () => {
    // leads uses conveyor, so conveyor importing leads would make leads ↔ conveyor.
    expect(MODULE_GRAPH.conveyor).not.toContain('leads');
    const messages = await lintImport('src/modules/conveyor/app', surface('leads'));
    expect(rules(messages)).toContain('boundaries/dependencies');
    expect(messages[0]?.message).toMatch(/conveyor\.app may not import leads\.surface/);
  });

  it('reports a web page reaching into another module’s web internals', async () => {
    const messages = await lintImport('src/modules/map/web', someSource('modules/conveyor/web'));
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('allows a web page to import another module’s web/index.ts along the graph', async () => {
    expect(await lintImport('src/modules/map/web', surface('conveyor', 'web'))).toEqual([]);
  });

  it('reports a web page importing a module it does not depend on', async () => {
    const messages = await lintImport('src/modules/accounts/web', surface('leads', 'web'));
    expect(rules(messages)).toContain('boundaries/dependencies');
  });

  it('refuses a declared graph with a cycle when the config loads', () => {
    expect(() => assertAcyclic(MODULE_GRAPH)).not.toThrow();
    const cyclic = { ...MODULE_GRAPH, conveyor: [...(MODULE_GRAPH.conveyor ?? []), 'leads'] };
    expect(() => assertAcyclic(cyclic)).toThrow(/cycle: .*conveyor → leads → .*conveyor/);
    expect(() => assertAcyclic({ a: ['nowhere'] })).toThrow(/unknown module "nowhere"/);
  });
});

describe('configuration is read only in src/kernel/config.ts', () => {
  it('reports process.env in domain code', async () => {
    const code = 'export const port = process.env.PORT;\n';
    const messages = await lint(probe('src/modules/conveyor/domain'), code);
    expect(rules(messages)).toEqual(['no-restricted-properties']);
  });

  it('reports destructuring env from node:process', async () => {
    const code = "import { env } from 'node:process';\n\nexport const port = env.PORT;\n";
    expect(rules(await lint(probe('src/kernel/http'), code))).toEqual(['no-restricted-imports']);
  });

  it('allows process.env in src/kernel/config.ts', async () => {
    const code = 'export const port = process.env.PORT;\n';
    expect(await lint(path.join(root, 'src/kernel/config.ts'), code)).toEqual([]);
  });
});

describe('typescript', () => {
  it('reports explicit any, also in tests', async () => {
    const code = 'export const parse = (value: any): string => String(value);\n';
    const from = probe('src/modules/conveyor/domain', '__lint_probe__.test.ts');
    expect(rules(await lint(from, code))).toEqual(['@typescript-eslint/no-explicit-any']);
  });
});

describe('one web data layer', () => {
  const literalKey =
    "import { queryOptions } from '@tanstack/react-query';\n\n" +
    "export const query = queryOptions({ queryKey: ['deals', 'list'], queryFn: () => 1 });\n";

  it('reports a literal query key outside a key factory', async () => {
    const messages = await lint(probe('src/kernel/web/data'), literalKey);
    expect(rules(messages)).toEqual(['no-restricted-syntax']);
    expect(messages[0]?.message).toMatch(/key factory/);
  });

  it('reports a literal key handed to the cache', async () => {
    const code =
      "import type { QueryClient } from '@tanstack/react-query';\n\n" +
      "export const put = (client: QueryClient) => client.setQueryData(['deals', 'detail', 'x'], 1);\n";
    expect(rules(await lint(probe('src/kernel/web/data'), code))).toEqual(['no-restricted-syntax']);
  });

  it('allows literal keys in a key factory', async () => {
    expect(await lint(probe('src/kernel/web/data', 'keys.ts'), literalKey)).toEqual([]);
  });
});
