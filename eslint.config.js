// ESLint flat config for Conveyor.
//
// Besides typescript-eslint's recommended rules it enforces the architecture of ARCHITECTURE.md
// (each rule is proven by tools/lint-boundaries.test.ts, because a silently misconfigured
// plugin reports nothing at all):
//
// 1. Modules and layers (eslint-plugin-boundaries). Every feature is a module in
//    src/modules/<module>/ with layers inside; the layers point one way, inside a module and in
//    the kernel alike; a module imports another only through its public surface (index.ts on
//    the server, web/index.ts in the browser) and only along the module graph (the `uses` of each module.json), which must be
//    acyclic (checked here, when the config loads). The plugin only sees a dependency when the
//    import resolver resolves it to a file, so `import/resolver` must stay configured.
// 2. `process.env` is read only in src/kernel/config.ts (and in scripts, e2e, bench, configs).
//
// Kept free of type-aware rules on purpose: `npx eslint .` has to stay fast on 2 cores.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The module graph: each module declares in its own `module.json` which modules it uses, so a
 * new module brings its edges with its folder (ARCHITECTURE.md draws the graph). An edge that
 * would close a cycle is refused below, so "leads uses conveyor" and "conveyor uses leads" can
 * never both hold.
 */
export const MODULE_GRAPH = Object.fromEntries(
  readdirSync(new URL('./src/modules/', import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const file = new URL(`./src/modules/${entry.name}/module.json`, import.meta.url);
      return [entry.name, JSON.parse(readFileSync(file, 'utf8')).uses];
    }),
);

/** Throws when the declared graph names an unknown module or has a cycle. */
export function assertAcyclic(graph) {
  const state = new Map();
  const visit = (name, path) => {
    if (!(name in graph)) throw new Error(`MODULE_GRAPH: unknown module "${name}"`);
    if (state.get(name) === 'done') return;
    if (state.get(name) === 'visiting') {
      throw new Error(`MODULE_GRAPH has a cycle: ${[...path, name].join(' → ')}`);
    }
    state.set(name, 'visiting');
    for (const next of graph[name]) visit(next, [...path, name]);
    state.set(name, 'done');
  };
  for (const name of Object.keys(graph)) visit(name, []);
}
assertAcyclic(MODULE_GRAPH);

const MODULES = Object.keys(MODULE_GRAPH);

/** Which layer may import which, inside a module and inside the kernel (a layer may import itself). */
const LAYERS = {
  domain: ['domain'],
  db: ['domain', 'db'],
  app: ['domain', 'db', 'app'],
  // http goes through app use cases, never straight to db.
  http: ['app', 'domain', 'http'],
  jobs: ['app', 'domain', 'jobs'],
  // The browser talks to the server over HTTP only (its client is generated from openapi.json).
  web: ['web'],
};
const SERVER_LAYERS = ['domain', 'db', 'app', 'http', 'jobs'];
/** Layers that may read the parsed configuration. */
const CONFIG_READERS = ['http', 'jobs'];

const LITERAL_KEY =
  "A literal query key: build it with the module's key factory (its keys.ts), so writes can name what they change.";

const kernel = (layer) => `kernel.${layer}`;
const layerOf = (module, layer) => `${module}.${layer}`;
const surfaceOf = (module) => `${module}.surface`;

/** Every server-side element: the kernel's and each module's server layers, their surfaces. */
const SERVER = [
  'contract',
  'config',
  'server',
  'cli',
  ...SERVER_LAYERS.map(kernel),
  ...MODULES.flatMap((m) => [surfaceOf(m), ...SERVER_LAYERS.map((l) => layerOf(m, l))]),
];

const anyOf = (types) => ({ element: { types: { anyOf: types } } });

/** Minimal Node globals for the few plain .js files (bin, scripts). */
const nodeGlobals = Object.fromEntries(
  [
    'process',
    'console',
    'Buffer',
    'URL',
    'URLSearchParams',
    'setTimeout',
    'clearTimeout',
    'setInterval',
    'clearInterval',
    'setImmediate',
    'structuredClone',
    'fetch',
    'AbortController',
    'AbortSignal',
    'TextEncoder',
    'TextDecoder',
    'performance',
    'queueMicrotask',
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  {
    ignores: [
      'dist/**',
      'data/**',
      '**/node_modules/**',
      'e2e/output/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
      'bench/results/**',
      'src/kernel/db/migrations/**',
      '**/*.gen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    languageOptions: { globals: nodeGlobals },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': {
        typescript: { project: `${root}tsconfig.json`, alwaysTryTypes: true },
        node: true,
      },
      'boundaries/root-path': root,
      'boundaries/dependency-nodes': ['import', 'dynamic-import', 'export'],
      'boundaries/elements': [
        { type: 'contract', pattern: 'src/contract', partialMatch: false },
        ...Object.keys(LAYERS).map((layer) => ({
          type: kernel(layer),
          pattern: `src/kernel/${layer}`,
          partialMatch: false,
        })),
        // Only src/kernel/config.ts sits directly in src/kernel.
        { type: 'config', pattern: 'src/kernel', partialMatch: false },
        ...MODULES.flatMap((module) => [
          ...Object.keys(LAYERS).map((layer) => ({
            type: layerOf(module, layer),
            pattern: `src/modules/${module}/${layer}`,
            partialMatch: false,
          })),
          // The module's root holds only index.ts, its server-side public surface.
          { type: surfaceOf(module), pattern: `src/modules/${module}`, partialMatch: false },
        ]),
        // The compositions: the server's registry (and its API test harness), the web shell.
        { type: 'server', pattern: 'src/server', partialMatch: false },
        { type: 'shell', pattern: 'src/web', partialMatch: false },
        { type: 'cli', pattern: 'src/cli', partialMatch: false },
        { type: 'e2e', pattern: 'e2e', partialMatch: false },
        { type: 'bench', pattern: 'bench', partialMatch: false },
        { type: 'bin', pattern: 'bin', partialMatch: false },
        { type: 'tools', pattern: 'tools', partialMatch: false },
      ],
      'boundaries/files': [
        { category: 'test', pattern: '**/*.test.{ts,tsx}' },
        // The API test harness (builds an app on a fresh database) counts as test code.
        { category: 'test', pattern: 'src/server/test/**' },
        // A module's web-side public surface.
        { category: 'web-surface', pattern: 'src/modules/*/web/index.ts' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'Boundary violation: {{ from.element.type }} may not import {{ to.element.type }}. A module reaches another only through its public surface (index.ts, web/index.ts), along the `uses` of each module.json, and layers point one way (ARCHITECTURE.md).',
          policies: [
            { from: { element: { type: 'contract' } }, allow: { to: anyOf(['contract']) } },
            // The kernel: its layers point one way; it imports no module.
            ...Object.entries(LAYERS).map(([layer, allowed]) => ({
              from: { element: { type: kernel(layer) } },
              allow: {
                to: anyOf([
                  'contract',
                  ...allowed.map(kernel),
                  ...(CONFIG_READERS.includes(layer) ? ['config'] : []),
                ]),
              },
            })),
            { from: { element: { type: 'config' } }, allow: { to: anyOf(['config']) } },
            ...MODULES.flatMap((module) => [
              // Inside a module: the same layer rules, reaching the kernel's matching layers too.
              ...Object.entries(LAYERS).map(([layer, allowed]) => ({
                from: { element: { type: layerOf(module, layer) } },
                allow: {
                  to: anyOf([
                    'contract',
                    ...allowed.map((l) => layerOf(module, l)),
                    ...allowed.map(kernel),
                    ...(CONFIG_READERS.includes(layer) ? ['config'] : []),
                    // Another module: only its index.ts, and only along the declared graph.
                    ...(layer === 'web' ? [] : MODULE_GRAPH[module].map(surfaceOf)),
                  ]),
                },
              })),
              // In the browser, another module's web/index.ts, along the same graph.
              {
                from: { element: { type: layerOf(module, 'web') } },
                allow: {
                  to: {
                    element: {
                      types: { anyOf: MODULE_GRAPH[module].map((m) => layerOf(m, 'web')) },
                    },
                    file: { categories: 'web-surface' },
                  },
                },
              },
              // The surface re-exports its own module's layers.
              {
                from: { element: { type: surfaceOf(module) } },
                allow: {
                  to: anyOf([
                    'contract',
                    ...SERVER_LAYERS.map((l) => layerOf(module, l)),
                    ...SERVER_LAYERS.map(kernel),
                    ...MODULE_GRAPH[module].map(surfaceOf),
                  ]),
                },
              },
            ]),
            // The compositions put the modules together, each through its public surface.
            {
              from: { element: { types: { anyOf: ['server', 'cli'] } } },
              allow: {
                to: anyOf([
                  'server',
                  'cli',
                  'contract',
                  'config',
                  ...SERVER_LAYERS.map(kernel),
                  ...MODULES.map(surfaceOf),
                ]),
              },
            },
            {
              from: { element: { type: 'shell' } },
              allow: { to: anyOf(['shell', 'contract', kernel('web')]) },
            },
            {
              from: { element: { type: 'shell' } },
              allow: {
                to: {
                  element: { types: { anyOf: MODULES.map((m) => layerOf(m, 'web')) } },
                  file: { categories: 'web-surface' },
                },
              },
            },
            { from: { element: { type: 'e2e' } }, allow: { to: anyOf(['e2e', ...SERVER]) } },
            { from: { element: { type: 'bench' } }, allow: { to: anyOf(['bench', ...SERVER]) } },
            { from: { element: { type: 'bin' } }, allow: { to: anyOf(['cli']) } },
            { from: { element: { type: 'tools' } }, allow: { to: anyOf(['tools']) } },
            // Web tests may read the shell's gathered translations (the real strings, all languages).
            {
              from: {
                element: { types: { anyOf: MODULES.map((m) => layerOf(m, 'web')) } },
                file: { categories: 'test' },
              },
              allow: { to: anyOf(['shell']) },
            },
            // Server-side tests may reach into any server element (e.g. the API test harness
            // that builds an app on a database) — never into the web app.
            {
              from: { element: { types: { anyOf: SERVER } }, file: { categories: 'test' } },
              allow: { to: anyOf(SERVER) },
            },
            // Tests, server and web alike, may use the tooling's test-only helpers in tools/ (the
            // contract-lists scanner); nothing but a test may.
            {
              from: {
                element: {
                  types: {
                    anyOf: [
                      ...SERVER,
                      'shell',
                      kernel('web'),
                      ...MODULES.map((m) => layerOf(m, 'web')),
                    ],
                  },
                },
                file: { categories: 'test' },
              },
              allow: { to: anyOf(['tools']) },
            },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
  {
    // Configuration is parsed in one place: src/kernel/config.ts.
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message:
            'Read configuration through src/kernel/config.ts, the only reader of process.env.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['process', 'node:process'].map((name) => ({
            name,
            importNames: ['env'],
            message:
              'Read configuration through src/kernel/config.ts, the only reader of process.env.',
          })),
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // One web data layer: query keys come only from each module's key factory (keys.ts), so a
    // write can name exactly what it changed (ARCHITECTURE.md, "The web client").
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['**/keys.ts', 'src/kernel/web/data/query-keys.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'Property[key.name=/^(queryKey|mutationKey)$/] > ArrayExpression',
          message: LITERAL_KEY,
        },
        {
          selector:
            'CallExpression[callee.property.name=/^(setQueryData|getQueryData|setQueriesData|getQueriesData)$/] > ArrayExpression',
          message: LITERAL_KEY,
        },
      ],
    },
  },
  {
    files: [
      'src/kernel/config.ts',
      'e2e/**',
      'bin/**',
      'bench/**',
      '.ci/**',
      '**/*.config.{ts,js,mjs}',
    ],
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
