import type { Runner } from '../kernel/app/runner.ts';
import { loadConfig } from '../kernel/config.ts';
import { buildServer } from '../kernel/http/server.ts';
import { serverModules } from './modules.ts';

const noDatabase = () =>
  Promise.reject(new Error('no database while generating the OpenAPI document'));
const unusedRunner: Runner = {
  clock: { now: () => new Date() },
  run: noDatabase,
  runPublic: noDatabase,
  read: noDatabase,
  runSingleStatement: noDatabase,
  runOptimistic: noDatabase,
};

/** The OpenAPI document as the routes define it, without a database; what openapi.json must equal. */
export async function generateOpenApiDocument(): Promise<string> {
  const app = await buildServer({
    config: { ...loadConfig({}, {}), logLevel: 'silent' },
    runner: unusedRunner,
    modules: serverModules,
    serveWeb: false,
  });
  await app.ready();
  const document = JSON.stringify(app.swagger(), null, 2) + '\n';
  await app.close();
  return document;
}
