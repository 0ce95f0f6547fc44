// ESLint flat config for Conveyor.
//
// Besides typescript-eslint's recommended rules it enforces two architectural rules from
// ARCHITECTURE.md (both covered by tools/lint-boundaries.test.ts, because a silently
// misconfigured plugin reports nothing at all):
//
// 1. Layer directions (eslint-plugin-boundaries). The plugin only sees a dependency when
//    the import resolver can resolve the import to a file, so `import/resolver` below must
//    stay configured with the TypeScript resolver.
// 2. `process.env` is read only in src/config.ts (and in scripts, e2e, bench and configs).
//
// Kept free of type-aware rules on purpose: `npx eslint .` has to stay fast on 2 cores.
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Server-side layers (everything under src/ except the web app). */
const SERVER = ['domain', 'app', 'db', 'http', 'jobs', 'cli', 'config'];

/** Which element may import which (a layer may always import itself). */
const LAYERS = {
  domain: ['domain'],
  db: ['domain', 'db'],
  app: ['domain', 'db', 'app'],
  // http goes through app use cases, never straight to db.
  http: ['app', 'domain', 'http', 'config'],
  jobs: ['app', 'domain', 'jobs', 'config'],
  cli: ['app', 'http', 'db', 'config', 'jobs', 'domain', 'cli'],
  // The web app talks to the API over HTTP only (its typed client is generated from openapi.json).
  web: ['web'],
  config: [],
  e2e: ['e2e', ...SERVER],
  bench: ['bench', ...SERVER],
  bin: ['cli'],
  tools: ['tools'],
};

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
        { type: 'domain', pattern: 'src/domain', partialMatch: false },
        { type: 'app', pattern: 'src/app', partialMatch: false },
        { type: 'db', pattern: 'src/db', partialMatch: false },
        { type: 'http', pattern: 'src/http', partialMatch: false },
        { type: 'jobs', pattern: 'src/jobs', partialMatch: false },
        { type: 'cli', pattern: 'src/cli', partialMatch: false },
        { type: 'web', pattern: 'src/web', partialMatch: false },
        { type: 'e2e', pattern: 'e2e', partialMatch: false },
        { type: 'bench', pattern: 'bench', partialMatch: false },
        { type: 'bin', pattern: 'bin', partialMatch: false },
        { type: 'tools', pattern: 'tools', partialMatch: false },
        // Last, because the first matching descriptor wins: whatever sits directly in src/,
        // which is only src/config.ts. (Element patterns match folders, not single files.)
        { type: 'config', pattern: 'src', partialMatch: false },
      ],
      'boundaries/files': [
        { category: 'test', pattern: '**/*.test.{ts,tsx}' },
        // The API test harness (builds an app on a fresh database) counts as test code.
        { category: 'test', pattern: 'src/http/test/**' },
      ],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message:
            'Layer violation: {{ from.element.type }} may not import {{ to.element.type }} (see ARCHITECTURE.md, "Layers").',
          policies: [
            ...Object.entries(LAYERS).map(([from, to]) => ({
              from: { element: { type: from } },
              allow: { to: anyOf(to) },
            })),
            // Server-side tests may reach into any server layer (e.g. http test helpers that
            // build an app on a database) — never into the web app.
            {
              from: { element: { types: { anyOf: SERVER } }, file: { categories: 'test' } },
              allow: { to: anyOf(SERVER) },
            },
          ],
        },
      ],
    },
  },
  {
    // Configuration is parsed in one place: src/config.ts.
    files: ['**/*.{ts,tsx,js,mjs}'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'process',
          property: 'env',
          message: 'Read configuration through src/config.ts, the only reader of process.env.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: ['process', 'node:process'].map((name) => ({
            name,
            importNames: ['env'],
            message: 'Read configuration through src/config.ts, the only reader of process.env.',
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
    files: ['src/config.ts', 'e2e/**', 'bin/**', 'bench/**', '.ci/**', '**/*.config.{ts,js,mjs}'],
    rules: {
      'no-restricted-properties': 'off',
      'no-restricted-imports': 'off',
    },
  },
);
