import { createRunner, type Runner } from '../kernel/app/runner.ts';
import { systemClock } from '../kernel/app/context.ts';
import { loadConfig, type Config, type ConfigFlags } from '../kernel/config.ts';
import type { Database } from '../kernel/db/connection.ts';
import { buildServer } from '../kernel/http/server.ts';
import { serverModules, serverReactions } from '../server/modules.ts';
import { webIsBuilt } from '../kernel/http/static-web.ts';
import { buildWeb } from './build-web.ts';
import { getSetupStatus } from '../modules/identity/index.ts';
import { buildDemo, demoLogin } from './demo-command.ts';
import { describeDatabase, openConfiguredDatabase } from './open-database.ts';

export async function serve(flags: ConfigFlags & { buildWeb?: boolean }): Promise<void> {
  const config = loadConfig(flags);
  if (flags.buildWeb && !webIsBuilt()) {
    console.log('Building the web app (first start only)…');
    await buildWeb();
  }
  const database = await openConfiguredDatabase(config);
  const runner = createRunner(database, systemClock, serverReactions);
  const demo = await demoOnFirstStart(config, database, runner);
  const app = await buildServer({ config, runner, modules: serverModules });
  let stopJobs = () => {};

  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    app.log.info(`${signal}: finishing in-flight requests and closing the database`);
    stopJobs();
    try {
      await app.close(); // stops accepting, waits for in-flight requests
    } finally {
      await database.close();
    }
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  try {
    await app.listen({ port: config.port, host: config.host });
  } catch (error) {
    await database.close();
    throw error;
  }
  const stops = serverModules.flatMap((module) =>
    (module.jobs ?? []).map((job) =>
      job(runner, (error) => app.log.error(error, `${module.name}: background job failed`)),
    ),
  );
  stopJobs = () => stops.forEach((stop) => stop());
  const address = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  console.log(`Conveyor is running at ${address}  (database: ${describeDatabase(config)})`);
  if (demo) console.log(`Open ${address}/map — ${demo}`);
  if (!webIsBuilt())
    console.log('The web app is not built: run `npm run build` (the API works without it).');
  console.log(`API reference: ${address}/api/docs`);
}

/**
 * An empty embedded database starts with the small demo company, so a newcomer sees Conveyor
 * alive; `--empty` (or CONVEYOR_EMPTY=true) keeps the first-run setup instead. A PostgreSQL
 * server is never filled with demo data unasked: run `conveyor demo` there.
 */
async function demoOnFirstStart(
  config: Config,
  database: Database,
  runner: Runner,
): Promise<string | null> {
  if (config.empty || config.databaseUrl) return null;
  if (!(await runner.runPublic(getSetupStatus, undefined)).setupRequired) return null;
  console.log(
    'First start: building the demo company (use --empty to start with the set-up page).',
  );
  const result = await buildDemo(database, { seed: 0, size: 'small', locale: 'en' });
  return demoLogin(result);
}
