import { defineConfig } from 'vitest/config';

// The bench's own tests (the data generator, COPY): `npx vitest run -c bench/vitest.config.ts`.
// Apart from the app's suite, which does not include bench/.
export default defineConfig({
  test: {
    include: ['bench/**/*.test.ts'],
    exclude: ['**/node_modules/**'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 60_000,
  },
});
