// `npm run bench`: the performance budgets of DESIGN.md ("Performance"), one after another, on a
// throwaway PostgreSQL database (and a throwaway PGlite directory). Results go to bench/results/.
// BENCH_ONLY=name,… runs some of them; BENCH_SCALE_DEALS sets the scale (default 1,000,000).
import { cpus, loadavg } from 'node:os';
import { boardBench } from './board-bench.ts';
import { boardDemoBench } from './board-demo-bench.ts';
import { boardLoadBench } from './board-load-bench.ts';
import { buildWeb } from '../src/cli/build-web.ts';
import { fuzzBench } from './fuzz-bench.ts';
import { importBench } from './import-bench.ts';
import { lampDashboardBench } from './lamp-dashboard-bench.ts';
import { loginStormBench } from './login-storm-bench.ts';
import { moveBench } from './move-bench.ts';
import { pgliteDashboardBench } from './pglite-dashboard.ts';
import { writeResults, type BenchResult } from './report.ts';
import { reportsBench } from './reports-bench.ts';
import { requestLatencyBench } from './request-latency-bench.ts';
import { searchBench } from './search-bench.ts';
import { generateScaleData, type ScaleData } from './scale-data.ts';
import { createBenchDatabase, seed, startServer, type BenchServer, type Seeded } from './setup.ts';
import pg from 'pg';

const SEED = 20_240_601;
const DEALS = 1_000;
const MOVE_SECONDS = 10;
const CONNECTIONS = 20;
const IMPORT_ROWS = 100_000;
// DESIGN.md's scale: 1M deals, 10M events. BENCH_SCALE_DEALS makes a quicker run possible.
const SCALE_DEALS = Number(process.env.BENCH_SCALE_DEALS ?? 1_000_000);
const BOARD_ROUNDS = 15;
const DASHBOARD_REQUESTS = 15;
const LATENCY_ROUNDS = Number(process.env.BENCH_LATENCY_ROUNDS ?? 500);
const REPORT_REQUESTS = Number(process.env.BENCH_REPORT_REQUESTS ?? 5);
const SEARCH_ROUNDS = Number(process.env.BENCH_SEARCH_ROUNDS ?? 20);

/** In the order they run: the small workspace's benches, then PGlite, then the scale data's. */
const BENCHES = [
  'move',
  'latency',
  'board-load',
  'import',
  'lamp-pglite',
  'board-demo',
  'login-storm',
  'fuzz',
  'board',
  'lamp',
  'reports',
  // Last: it adds companies and contacts to the scale data and links every deal to one.
  'search',
] as const;
type BenchName = (typeof BENCHES)[number];
const SCALE_BENCHES: readonly BenchName[] = ['board', 'lamp', 'reports', 'search'];
const SMALL_BENCHES: readonly BenchName[] = ['move', 'latency', 'board-load', 'import'];

const log = (line: string) =>
  console.log(`[bench] ${new Date().toISOString().slice(11, 19)} ${line}`);

/** Benches that threw: the run goes on (the others' results are still written), then fails. */
const failures: string[] = [];

async function attempt(
  name: string,
  work: () => Promise<BenchResult | BenchResult[]>,
): Promise<BenchResult[]> {
  try {
    const found = await work();
    return Array.isArray(found) ? found : [found];
  } catch (error) {
    failures.push(`${name}: ${error instanceof Error ? error.message : String(error)}`);
    log(
      `FAILED ${name}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
    );
    return [];
  }
}

function selected(): Set<BenchName> {
  const only = process.env.BENCH_ONLY?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!only?.length) return new Set(BENCHES);
  const unknown = only.filter((n) => !(BENCHES as readonly string[]).includes(n));
  if (unknown.length) {
    throw new Error(`BENCH_ONLY: unknown ${unknown.join(', ')}; known: ${BENCHES.join(', ')}`);
  }
  return new Set(only as BenchName[]);
}

async function smallBenches(server: BenchServer, url: string, run: Set<BenchName>) {
  const results: BenchResult[] = [];
  log(`server ${server.baseUrl}; seeding ${DEALS} deals`);
  const seeded: Seeded = await seed(server, DEALS, SEED);
  if (run.has('move')) {
    log(`move deal: ${MOVE_SECONDS} s × ${CONNECTIONS} connections, then the SQL floor`);
    results.push(
      ...(await attempt('move', () =>
        moveBench(server, url, seeded, { seconds: MOVE_SECONDS, connections: CONNECTIONS }),
      )),
    );
  }
  if (run.has('latency')) {
    // After the move bench, whose check counts every seeded deal's moves: this one moves only
    // deals it creates itself.
    log(`single-request latency: ${LATENCY_ROUNDS} rounds, one request at a time`);
    results.push(
      ...(await attempt('latency', () =>
        requestLatencyBench(server, url, seeded, { rounds: LATENCY_ROUNDS, warmUp: 50 }),
      )),
    );
  }
  if (run.has('board-load')) {
    log('board first load in Chromium');
    results.push(...(await attempt('board-load', () => boardLoadBench(server, seeded))));
  }
  if (run.has('import')) {
    log(`CSV import: ${IMPORT_ROWS.toLocaleString('en')} prospects`);
    results.push(
      ...(await attempt('import', () => importBench(server, url, seeded, IMPORT_ROWS, log))),
    );
  }
  return results;
}

async function scaleBenches(server: BenchServer, url: string, run: Set<BenchName>) {
  const results: BenchResult[] = [];
  const scale: ScaleData = await generateScaleData(server, url, SCALE_DEALS, SEED, log);
  if (run.has('board')) {
    log('board at scale');
    results.push(...(await attempt('board', () => boardBench(server, url, scale, BOARD_ROUNDS))));
  }
  if (run.has('lamp')) {
    log('lamp dashboard at scale');
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const label = `${scale.deals.toLocaleString('en')} deals / ${scale.events.toLocaleString('en')} events (PostgreSQL)`;
      results.push(
        ...(await attempt('lamp', () =>
          lampDashboardBench(
            {
              server,
              token: scale.token,
              workspaceId: scale.workspaceId,
              timezone: 'Europe/Warsaw',
              query: (text, params) => client.query(text, params),
              label,
              name: `lamp-dashboard-${scale.deals}`,
              budget: {
                text: 'p50 < 150 ms, ≤ 1.5× floor (1M deals, 10M events)',
                judge: scale.deals >= 1_000_000 ? (p50, ratio) => p50 < 150 && ratio <= 1.5 : null,
              },
            },
            DASHBOARD_REQUESTS,
          ),
        )),
      );
    } finally {
      await client.end();
    }
  }
  if (run.has('reports')) {
    log('reports at scale');
    results.push(
      ...(await attempt('reports', () => reportsBench(server, url, scale, REPORT_REQUESTS, log))),
    );
  }
  if (run.has('search')) {
    log('global search at scale');
    results.push(
      ...(await attempt('search', () => searchBench(server, url, scale, SEARCH_ROUNDS, log))),
    );
  }
  for (const r of results) r.details.scaleGeneration = scale.seconds;
  return results;
}

/** A throwaway database with the server on it, dropped after `work`: no state outlives a part. */
async function inBenchDatabase(
  serveWeb: boolean,
  work: (server: BenchServer, url: string) => Promise<BenchResult[]>,
): Promise<BenchResult[]> {
  const adminUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
  const bench = await createBenchDatabase(adminUrl);
  log(`database ${new URL(bench.url).pathname.slice(1)}`);
  try {
    const server = await startServer(bench.url, serveWeb);
    try {
      return await work(server, bench.url);
    } finally {
      await server.app.close();
      await server.database.close();
    }
  } finally {
    await bench.drop();
  }
}

async function main(): Promise<void> {
  const run = selected();
  const started = performance.now();
  log(`benches: ${[...run].join(', ')}; scale ${SCALE_DEALS.toLocaleString('en')} deals`);
  const results: BenchResult[] = [];
  if (SMALL_BENCHES.some((n) => run.has(n))) {
    if (run.has('board-load')) {
      log('building the web app (the board load measures the current code)');
      await buildWeb();
    }
    results.push(
      ...(await inBenchDatabase(run.has('board-load'), (server, url) =>
        smallBenches(server, url, run),
      )),
    );
  }
  if (run.has('lamp-pglite')) {
    log('lamp dashboard on PGlite (demo company)');
    results.push(
      ...(await attempt('lamp-pglite', () => pgliteDashboardBench(SEED, DASHBOARD_REQUESTS, log))),
    );
  }
  if (run.has('board-demo')) {
    log('board first card on the demo company in Chromium (PGlite)');
    if (!run.has('board-load')) await buildWeb();
    results.push(...(await attempt('board-demo', () => boardDemoBench(SEED, log))));
  }
  if (run.has('login-storm')) {
    log('authenticated reads during a storm of bad sign-ins (PGlite, then PostgreSQL)');
    const adminUrl =
      process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
    results.push(...(await attempt('login-storm', () => loginStormBench(adminUrl, log))));
  }
  if (run.has('fuzz')) {
    log(
      'schema-driven fuzzing: 100,000 requests per database unless BENCH_FUZZ_REQUESTS says otherwise (PGlite, then PostgreSQL)',
    );
    const adminUrl =
      process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';
    results.push(...(await attempt('fuzz', () => fuzzBench(adminUrl, log))));
  }
  if (SCALE_BENCHES.some((n) => run.has(n))) {
    results.push(
      ...(await inBenchDatabase(false, (server, url) => scaleBenches(server, url, run))),
    );
  }
  await writeResults(results, {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    cpus: cpus().length,
    seed: SEED,
    scaleDeals: SCALE_DEALS,
    loadAverage: loadavg().map((l) => Math.round(l * 10) / 10),
  });
  for (const r of results) {
    log(
      `${r.title}: ${r.median} ${r.unit} (p95 ${r.p95 ?? '–'}), floor ${r.floor}, ratio ${r.ratio}, met ${r.met ?? 'n/a'}`,
    );
  }
  log(`done in ${Math.round((performance.now() - started) / 1000)} s`);
  if (failures.length) {
    log(`${failures.length} bench(es) failed:\n  ${failures.join('\n  ')}`);
    process.exitCode = 1;
  }
}

await main();
