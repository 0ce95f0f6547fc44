// Bench 2 (small scale for now): one pipeline's open deals over HTTP beside a hand-written query.
import pg from 'pg';
import type { BenchResult } from './report.ts';
import type { BenchServer, Seeded } from './setup.ts';
import { median, p95, round } from './stats.ts';

const WARMUP = 20;

async function timed(times: number, fn: () => Promise<void>): Promise<number[]> {
  for (let i = 0; i < WARMUP; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  return samples;
}

export async function boardBench(
  server: BenchServer,
  url: string,
  s: Seeded,
  requests: number,
): Promise<BenchResult> {
  const path = `/api/v1/deals?pipelineId=${s.pipelineId}&status=open&limit=200`;
  let items = 0;
  const app = await timed(requests, async () => {
    const response = await fetch(`${server.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${s.token}` },
    });
    if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
    items = ((await response.json()) as { items: unknown[] }).items.length;
  });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const sql = `select * from deals where workspace_id = $1 and pipeline_id = $2 and status = 'open'
    order by id limit 200`;
  const floor = await timed(requests, async () => {
    await client.query(sql, [s.workspaceId, s.pipelineId]);
  });
  await client.end();
  const [appMedian, floorMedian] = [median(app), median(floor)];
  return {
    name: `board-query-${s.dealIds.length}`,
    title: `board query, ${s.dealIds.length} deals (not yet the 1M-deal budget)`,
    unit: 'ms',
    median: round(appMedian),
    p95: round(p95(app)),
    floor: round(floorMedian),
    ratio: round(appMedian / floorMedian),
    budget: 'p95 < 50 ms at 1M deals',
    met: null,
    notes:
      `GET ${path.replace(/[0-9a-f-]{36}/, '{id}')} (${items} items per page), ${requests} ` +
      `sequential requests via fetch after ${WARMUP} warm-up; floor: the same page by ` +
      `hand-written SQL (select * … order by id limit 200) on one pg client, floor p95 ` +
      `${round(p95(floor))} ms. The budget is for 1M deals; this run is ${s.dealIds.length} ` +
      `deals, so "met?" is not judged here.`,
    details: {
      appMs: { median: appMedian, p95: p95(app) },
      floorMs: { median: floorMedian, p95: p95(floor) },
    },
  };
}
