// The lamp dashboard on the embedded database: the app's own demo company (runDemo, the size
// `serve --demo` builds) in a throwaway PGlite data directory, the real server over it, and the
// same dashboard bench as on PostgreSQL. The directory is removed afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { eq } from 'drizzle-orm';
import { runDemo } from '../src/modules/demo/app/run-demo.ts';
import { API_TOKEN_PREFIX, hashSecret, newSecret } from '../src/modules/identity/app/secrets.ts';
import { openDatabase, type Database } from '../src/kernel/db/connection.ts';
import { insertApiToken } from '../src/modules/identity/db/credentials-repo.ts';
import { newId } from '../src/kernel/db/ids.ts';
import { users, workspaces } from '../src/modules/identity/db/schema.ts';
import { lampDashboardBench } from './lamp-dashboard-bench.ts';
import type { BenchResult } from './report.ts';
import { serve } from './setup.ts';
import { median } from './stats.ts';
import { serverReactions } from '../src/server/modules.ts';

export const DEMO_SIZE = 'small';
const DEMO_BUILDS = 3;
// The machine's load as each build starts: other work on the cores slows a build down.
const buildLoads: number[] = [];
// Not a real scrypt hash: nobody signs in; hashing is slow on purpose and not what is measured.
const HASH = 'scrypt$65536$8$1$c2FsdA$a2V5';

type Demo = Awaited<ReturnType<typeof runDemo>>;

/**
 * Builds the demo into a fresh PGlite directory, timed, hands it to `use`, then closes and
 * removes it.
 */
async function withBuiltDemo<T>(
  seed: number,
  log: (line: string) => void,
  use: (database: Database, demo: Demo, seconds: number) => Promise<T>,
): Promise<T> {
  const dataDir = await mkdtemp(join(tmpdir(), 'conveyor-bench-pglite-'));
  try {
    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      await database.migrate();
      buildLoads.push(Math.round(loadavg()[0]! * 10) / 10);
      const started = performance.now();
      const demo = await runDemo(database, {
        seed,
        size: DEMO_SIZE,
        locale: 'en',
        now: new Date(),
        reactions: serverReactions,
        passwordHash: HASH,
      });
      const seconds = Math.round(performance.now() - started) / 1000;
      log(
        `pglite: demo (${DEMO_SIZE}) built in ${seconds} s: ${demo.deals} deals, ${demo.steps} steps`,
      );
      return await use(database, demo, seconds);
    } finally {
      await database.close();
    }
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

export async function pgliteDashboardBench(
  seed: number,
  requests: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const first = await withBuiltDemo(seed, log, async (database, demo, built) => {
    const [admin] = await database.db.select().from(users).where(eq(users.email, demo.adminEmail));
    const [workspace] = await database.db
      .select()
      .from(workspaces)
      .where(eq(workspaces.id, demo.workspaceId));
    const token = newSecret(API_TOKEN_PREFIX);
    await insertApiToken(database.db, {
      workspaceId: demo.workspaceId,
      id: newId(),
      userId: admin!.id,
      name: 'Bench token',
      tokenHash: hashSecret(token),
      scopes: ['api'],
      createdBy: admin!.id,
    });
    const client = (database.db as unknown as { $client: PGlite }).$client;
    const { rows } = await client.query<{ events: number }>(
      `select count(*)::int as events from events where workspace_id = $1`,
      [demo.workspaceId],
    );
    const server = await serve(database);
    try {
      const result = await lampDashboardBench(
        {
          server,
          token,
          workspaceId: demo.workspaceId,
          timezone: workspace!.timezone,
          query: (text, params) => client.query(text, params),
          label: `demo company "${DEMO_SIZE}" (${demo.deals} deals, ${rows[0]!.events.toLocaleString('en')} events, PGlite)`,
          name: 'lamp-dashboard-pglite-demo',
          budget: { text: 'p50 < 100 ms (demo workspace, PGlite)', judge: (p50) => p50 < 100 },
        },
        requests,
      );
      result.details.demoBuildSeconds = built;
      return { result, built, deals: demo.deals, steps: demo.steps };
    } finally {
      await server.app.close();
    }
  });
  // Build time on a 2-core VM varies by ±15% run to run: the median of a few builds.
  const builds = [first.built];
  for (let i = 1; i < DEMO_BUILDS; i++) {
    builds.push(await withBuiltDemo(seed, log, async (_database, _demo, seconds) => seconds));
  }
  return [first.result, demoBuildResult(builds, buildLoads.splice(0), first.deals, first.steps)];
}

/** Issue 17's promise: `npm start` on an empty data directory has the small demo within 45 s. */
function demoBuildResult(
  builds: number[],
  loads: number[],
  deals: number,
  steps: number,
): BenchResult {
  const seconds = median(builds);
  return {
    name: 'demo-build-pglite-small',
    title: `demo company "${DEMO_SIZE}" built on PGlite (${deals} deals, ${steps} steps)`,
    unit: 's',
    median: seconds,
    p95: null,
    floor: seconds,
    ratio: 1,
    budget: '< 45 s (what `npm start` builds on first run)',
    met: seconds < 45,
    notes:
      `${builds.length} builds (${builds.join(' s, ')} s), each through the same use cases as ` +
      'the API with a simulated clock (every gate, event and rollup real), into a fresh PGlite ' +
      'data directory; no floor: there is no hand-written equivalent of living two years of a ' +
      `company. Load average (1 min) as each build began: ${loads.join(', ')} on ${cpus().length} cores.`,
    details: { seconds, builds, loads, deals, steps },
  };
}
