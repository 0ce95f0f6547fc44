import { fileURLToPath } from 'node:url';

/** Builds the web app with Vite (used by `npm start` when dist/web is missing). */
export async function buildWeb(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: fileURLToPath(new URL('../web/vite.config.ts', import.meta.url)),
    logLevel: 'warn',
  });
}
