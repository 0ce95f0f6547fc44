import { defineConfig } from 'vitest/config';

// Unit and in-process API tests. Browser tests are Playwright's (e2e/, `npm run e2e`).
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'tools/**/*.test.ts'],
    exclude: ['e2e/**', '**/node_modules/**', 'dist/**', 'data/**'],
    // PGlite runs in-process (WASM); separate processes isolate its memory and the
    // data-directory lock better than worker threads.
    pool: 'forks',
    fileParallelism: true,
    // The CI machine has 2 cores; more workers only add PGlite start-up contention.
    maxWorkers: 2,
    // PGlite's first open of a new data directory takes several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // With CI=true the API suite must also run on PostgreSQL (TEST_DATABASE_URL).
    globalSetup: ['src/server/test/global-setup.ts'],
  },
});
