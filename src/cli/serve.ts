import { existsSync, readdirSync } from 'node:fs';
import { createRunner, type Runner } from '../kernel/app/runner.ts';
import { systemClock } from '../kernel/app/context.ts';
import { loadConfig, type Config, type ConfigFlags } from '../kernel/config.ts';
import type { Database } from '../kernel/db/connection.ts';
import { buildServer } from '../kernel/http/server.ts';
import { serverModules, serverReactions } from '../server/modules.ts';
import { webIsBuilt } from '../kernel/http/static-web.ts';
import { buildWeb } from './build-web.ts';
import { getSetupStatus } from '../modules/identity/index.ts';
import { buildDemo, demoSignIns } from './demo-command.ts';
import { describeDatabase, openConfiguredDatabase } from './open-database.ts';
import { StartUpProgress } from './start-up-progress.ts';
import { listenWhileStarting } from './starting-server.ts';

export async function serve(flags: ConfigFlags & { buildWeb?: boolean }): Promise<void> {
  const config = loadConfig(flags);
  const progress = new StartUpProgress();
  const buildsWeb = Boolean(flags.buildWeb) && !webIsBuilt();
  // Announced up front, so the page lists the whole start from its first second.
  progress.plan('database');
  if (buildsWeb) progress.plan('web');
  if (demoIsLikely(config)) progress.plan('demo');
  // The port answers at once: a browser sees the start's progress, the API 503 starting_up.
  const starting = await listenWhileStarting(progress, config);
  const address = `http://${config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host}:${config.port}`;
  console.log(`Conveyor is starting at ${address} (the page there shows how far it is).`);
  let database: Database | null = null;
  try {
    const web = buildsWeb ? buildWebWhileStarting(progress) : null;
    database = await progress.track('database', () => openConfiguredDatabase(config));
    const runner = createRunner(database, systemClock, serverReactions);
    // The demo (one thread of SQL) and Vite's build (mostly native threads) overlap.
    await demoOnFirstStart(config, database, runner, progress);
    await web;
    const app = await buildServer({ config, runner, modules: serverModules });
    await starting.close();
    await listenForReal(app, config, database, runner, address);
  } catch (error) {
    await starting.close();
    await database?.close();
    throw error;
  }
}

function buildWebWhileStarting(progress: StartUpProgress): Promise<void> {
  console.log('Building the web app (first start only)…');
  return progress.track('web', buildWeb);
}

async function listenForReal(
  app: Awaited<ReturnType<typeof buildServer>>,
  config: Config,
  database: Database,
  runner: Runner,
  address: string,
): Promise<void> {
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

  await app.listen({ port: config.port, host: config.host });
  const stops = serverModules.flatMap((module) =>
    (module.jobs ?? []).map((job) =>
      job(runner, (error) => app.log.error(error, `${module.name}: background job failed`)),
    ),
  );
  stopJobs = () => stops.forEach((stop) => stop());
  console.log(`Conveyor is running at ${address}  (database: ${describeDatabase(config)})`);
  // Every start, while a demo workspace's head of sales still signs in with the demo password.
  for (const signIn of await demoSignIns(runner)) console.log(`Open ${address}/map — ${signIn}`);
  if (!webIsBuilt())
    console.log('The web app is not built: run `npm run build` (the API works without it).');
  console.log(`API reference: ${address}/api/docs`);
}

/** A first start on an empty (or missing) data directory builds the demo (checked once open). */
function demoIsLikely(config: Config): boolean {
  if (config.empty || config.databaseUrl) return false;
  return !existsSync(config.dataDir) || readdirSync(config.dataDir).length === 0;
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
  progress: StartUpProgress,
): Promise<void> {
  if (config.empty || config.databaseUrl) return;
  if (!(await runner.runPublic(getSetupStatus, undefined)).setupRequired) return;
  console.log(
    'First start: building the demo company (use --empty to start with the set-up page).',
  );
  await progress.track('demo', () =>
    buildDemo(database, { seed: 0, size: 'small', locale: 'en' }, (done, total) =>
      progress.update('demo', done, total),
    ),
  );
}
