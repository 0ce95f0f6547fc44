// Every report of /api/v1/reports/* on the scale data over HTTP, beside its hand-written SQL
// floor (report-floors.ts). DESIGN.md sets no budget per report: the ratio is what is watched.
import pg from 'pg';
import type { BenchResult } from './report.ts';
import { REPORT_FLOORS, runFloor } from './report-floors.ts';
import type { ScaleData } from './scale-data.ts';
import type { BenchServer } from './setup.ts';
import { median, p95, round } from './stats.ts';

const WARMUP = 1;
/** Sampling stops once a side has spent this long (after 3 samples): a slow report at 1M
 * deals must not stretch the full run past its ~30 minutes. */
const CAP_MS = 30_000;
const MIN_SAMPLES = 3;
const enough = (samples: number[], wanted: number) =>
  samples.length >= wanted ||
  (samples.length >= MIN_SAMPLES && samples.reduce((a, b) => a + b, 0) > CAP_MS);

interface Request {
  query: string;
  /** What-if is a POST: its changed drivers travel in the body (none here: as measured). */
  body?: Record<string, string>;
}

type Params = { pipeline: string; period: string; from: string; to: string };

/** The request of each report: the bench's pipeline and period where the report takes them. */
const QUERIES: Record<string, (p: Params) => Request> = {
  funnel: (p) => ({ query: `pipelineId=${p.pipeline}&${p.period}` }),
  'lead-funnel': (p) => ({ query: p.period }),
  velocity: (p) => ({ query: `pipelineId=${p.pipeline}&${p.period}` }),
  stuck: (p) => ({ query: p.period }),
  'loss-reasons': (p) => ({ query: p.period }),
  sources: (p) => ({ query: p.period }),
  people: (p) => ({ query: p.period }),
  forecast: (p) => ({ query: p.period }),
  'what-if': (p) => ({ query: '', body: { pipelineId: p.pipeline, from: p.from, to: p.to } }),
};

export const REPORTS = Object.keys(QUERIES);

export async function reportsBench(
  server: BenchServer,
  url: string,
  data: ScaleData,
  requests: number,
  log: (line: string) => void,
): Promise<BenchResult[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const results: BenchResult[] = [];
  try {
    // The reports' default period (the calendar quarter ending this month, to today), explicit.
    const { rows } = await client.query<{ from: string; to: string }>(
      `select (date_trunc('month', now() at time zone 'Europe/Warsaw') - interval '2 months')::date::text as from,
         (now() at time zone 'Europe/Warsaw')::date::text as to`,
    );
    const { from, to } = rows[0]!;
    const period = `from=${from}&to=${to}`;
    for (const name of REPORTS) {
      if (!REPORT_FLOORS[name]) throw new Error(`no floor for report ${name}`);
      const request = QUERIES[name]!({ pipeline: data.pipelineId, period, from, to });
      const path = `/api/v1/reports/${name}${request.query ? `?${request.query}` : ''}`;
      const app: number[] = [];
      let bytes = 0;
      for (let i = 0; !enough(app, requests); i++) {
        const started = performance.now();
        const response = await fetch(`${server.baseUrl}${path}`, {
          method: request.body ? 'POST' : 'GET',
          headers: {
            authorization: `Bearer ${data.token}`,
            ...(request.body ? { 'content-type': 'application/json' } : {}),
          },
          ...(request.body ? { body: JSON.stringify(request.body) } : {}),
        });
        const body = await response.text();
        if (!response.ok) throw new Error(`GET ${path}: ${response.status} ${body.slice(0, 300)}`);
        if (i >= WARMUP) app.push(performance.now() - started);
        bytes = body.length;
      }
      const floor: number[] = [];
      const params = [data.workspaceId, data.pipelineId, from, to];
      for (let i = 0; !enough(floor, requests); i++) {
        const started = performance.now();
        await runFloor(client, name, params);
        if (i >= WARMUP) floor.push(performance.now() - started);
      }
      const [appMedian, floorMedian] = [median(app), median(floor)];
      log(`report ${name}: ${round(appMedian)} ms (floor ${round(floorMedian)} ms)`);
      results.push({
        name: `report-${name}-${data.deals}`,
        title: `report ${name}, ${data.deals.toLocaleString('en')} deals (PostgreSQL)`,
        unit: 'ms',
        median: round(appMedian),
        p95: round(p95(app)),
        floor: round(floorMedian),
        ratio: round(appMedian / floorMedian),
        budget: 'none in DESIGN.md (ratio to the floor)',
        met: null,
        notes:
          `${request.body ? `POST (body: pipeline and period)` : 'GET'} ${path.replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, '{id}')} (${Math.round(bytes / 1024)} KB ` +
          `JSON), ${app.length} sequential requests after ${WARMUP} warm-up (at most ${requests}, ` +
          `fewer past ${CAP_MS / 1000} s); floor: ` +
          `${REPORT_FLOORS[name]!.length} hand-written statement(s) for the same numbers on one pg client.`,
        details: { appMs: app, floorMs: floor, period: { from, to }, responseBytes: bytes },
      });
    }
  } finally {
    await client.end();
  }
  return results;
}
