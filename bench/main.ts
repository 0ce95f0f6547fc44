// `npm run bench`: the performance budgets of DESIGN.md ("Performance"), one after another,
// on a throwaway PostgreSQL database. Results go to bench/results/.
import { cpus } from 'node:os';
import { boardBench } from './board-bench.ts';
import { boardLoadBench } from './board-load-bench.ts';
import { buildWeb } from '../src/cli/build-web.ts';
import { lampDashboardBench } from './lamp-dashboard-bench.ts';
import { moveBench } from './move-bench.ts';
import { writeResults, type BenchResult } from './report.ts';
import { generateScaleData } from './scale-data.ts';
import { createBenchDatabase, seed, startServer } from './setup.ts';

const SEED = 20_240_601;
const DEALS = 1_000;
const MOVE_SECONDS = 10;
const CONNECTIONS = 20;
const BOARD_REQUESTS = 200;
// DESIGN.md's scale: 1M deals, 10M events. BENCH_SCALE_DEALS makes a quicker run possible.
const SCALE_DEALS = Number(process.env.BENCH_SCALE_DEALS ?? 1_000_000);
const DASHBOARD_REQUESTS = 15;

const adminUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

async function main(): Promise<void> {
  const bench = await createBenchDatabase(adminUrl);
  const log = (line: string) => console.log(`[bench] ${line}`);
  log(`database ${new URL(bench.url).pathname.slice(1)}`);
  try {
    log('building the web app (the board load measures the current code)');
    await buildWeb();
    const server = await startServer(bench.url, true);
    try {
      log(`server ${server.baseUrl}; seeding ${DEALS} deals`);
      const seeded = await seed(server, DEALS, SEED);
      const results: BenchResult[] = [];
      log('board query');
      results.push(await boardBench(server, bench.url, seeded, BOARD_REQUESTS));
      log('board first load in Chromium');
      results.push(await boardLoadBench(server, seeded));
      log(`move deal: ${MOVE_SECONDS} s × ${CONNECTIONS} connections, then the SQL floor`);
      results.unshift(
        await moveBench(server, bench.url, seeded, {
          seconds: MOVE_SECONDS,
          connections: CONNECTIONS,
        }),
      );
      const scale = await generateScaleData(server, bench.url, SCALE_DEALS, log);
      log('lamp dashboard at scale');
      results.push(await lampDashboardBench(server, bench.url, scale, DASHBOARD_REQUESTS));
      await writeResults(results, {
        date: new Date().toISOString().slice(0, 10),
        node: process.version,
        cpus: cpus().length,
        seed: SEED,
      });
      for (const r of results) {
        log(
          `${r.title}: ${r.median} ${r.unit} (p95 ${r.p95 ?? '–'}), floor ${r.floor}, ratio ${r.ratio}, met ${r.met ?? 'n/a'}`,
        );
      }
    } finally {
      await server.app.close();
      await server.database.close();
    }
  } finally {
    await bench.drop();
  }
}

await main();
