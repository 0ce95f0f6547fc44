import { defineConfig } from 'drizzle-kit';

// Migrations are generated from every module's schema (src/modules/*/db/*schema.ts and the
// kernel's tables) and committed in one place; never edit one after it lands.
export default defineConfig({
  dialect: 'postgresql',
  schema: ['./src/kernel/db/schema/*.ts', './src/modules/*/db/*schema.ts'],
  out: './src/kernel/db/migrations',
});
