// The board at scale: one pipeline, a page of 50 open cards per stage, under each filter the
// board offers (none, an owner, stuck, no next step), over HTTP, beside hand-written SQL for the
// same page (the deals, then their next planned activities).
import pg from 'pg';
import type { BenchResult } from './report.ts';
import type { ScaleData } from './scale-data.ts';
import type { BenchServer } from './setup.ts';
import { median, p95, round } from './stats.ts';

const WARMUP = 2;
const CARDS = 50;

interface Filter {
  name: string;
  query: (d: ScaleData) => string;
  sql: string;
}

const STUCK = `s.rot_days is not null and greatest(d.stage_entered_at,
  coalesce(d.last_activity_at, d.stage_entered_at)) < now() - s.rot_days * interval '24 hours'`;
const PLANNED = `exists (select 1 from activities a where a.workspace_id = d.workspace_id
  and a.deal_id = d.id and a.done_at is null)`;

const FILTERS: Filter[] = [
  { name: 'none', query: () => '', sql: 'true' },
  { name: 'owner', query: (d) => `&ownerId=${d.closers[0]}`, sql: 'd.owner_id = $4' },
  { name: 'stuck', query: () => '&stuck=true', sql: STUCK },
  { name: 'no next step', query: () => '&noNextActivity=true', sql: `not ${PLANNED}` },
];

/** The page by hand: the deals of the stage, then one planned activity per deal shown. */
async function floorPage(client: pg.Client, d: ScaleData, stageId: string, f: Filter) {
  const params = [
    d.workspaceId,
    d.pipelineId,
    stageId,
    ...(f.name === 'owner' ? [d.closers[0]] : []),
  ];
  const page = await client.query<{ id: string }>(
    `select d.* from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
     where d.workspace_id = $1 and d.pipeline_id = $2 and d.stage_id = $3 and d.status = 'open'
       and ${f.sql} order by d.id limit ${CARDS + 1}`,
    params,
  );
  await client.query(
    `select distinct on (deal_id) deal_id, id, type, due_at from activities
     where workspace_id = $1 and deal_id = any($2::uuid[]) and done_at is null
     order by deal_id, due_at asc nulls last, id`,
    [d.workspaceId, page.rows.map((r) => r.id)],
  );
}

export async function boardBench(
  server: BenchServer,
  url: string,
  data: ScaleData,
  rounds: number,
): Promise<BenchResult> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const app: number[] = [];
  const floor: number[] = [];
  const byFilter: Record<string, { appP95: number; floorP95: number; cards: number }> = {};
  try {
    for (const f of FILTERS) {
      const [appF, floorF] = [[] as number[], [] as number[]];
      let cards = 0;
      for (let i = 0; i < WARMUP + rounds; i++) {
        for (const stageId of data.stageIds) {
          const path = `/api/v1/deals?pipelineId=${data.pipelineId}&stageId=${stageId}&status=open&limit=${CARDS}${f.query(data)}`;
          let started = performance.now();
          const response = await fetch(`${server.baseUrl}${path}`, {
            headers: { authorization: `Bearer ${data.token}` },
          });
          if (!response.ok) throw new Error(`GET ${path}: ${response.status}`);
          cards += ((await response.json()) as { items: unknown[] }).items.length;
          if (i >= WARMUP) appF.push(performance.now() - started);
          started = performance.now();
          await floorPage(client, data, stageId, f);
          if (i >= WARMUP) floorF.push(performance.now() - started);
        }
      }
      byFilter[f.name] = {
        appP95: round(p95(appF)),
        floorP95: round(p95(floorF)),
        cards: Math.round(cards / (WARMUP + rounds)),
      };
      app.push(...appF);
      floor.push(...floorF);
    }
  } finally {
    await client.end();
  }
  const [appMedian, floorMedian, appP95] = [median(app), median(floor), p95(app)];
  const scaled = data.deals >= 1_000_000;
  return {
    name: `board-${data.deals}`,
    title: `board: one pipeline, ${CARDS} cards per stage, filters, ${data.deals.toLocaleString('en')} deals (PostgreSQL)`,
    unit: 'ms',
    median: round(appMedian),
    p95: round(appP95),
    floor: round(floorMedian),
    ratio: round(appMedian / floorMedian),
    budget: 'p95 < 50 ms (1M deals)',
    met: scaled ? appP95 < 50 : null,
    notes:
      `GET /api/v1/deals?pipelineId&stageId&status=open&limit=${CARDS} for each of the ` +
      `${data.stageIds.length} stages under each filter (${FILTERS.map((f) => f.name).join(', ')}), ` +
      `${rounds} rounds after ${WARMUP} warm-up, sequential; per filter (p95 app / floor, ` +
      `cards per board): ${Object.entries(byFilter)
        .map(([k, v]) => `${k} ${v.appP95}/${v.floorP95} ms, ${v.cards}`)
        .join('; ')}. Floor: the same page by hand-written SQL (deals, then their next planned ` +
      `activity) on one pg client.` +
      (scaled ? '' : ` Below 1M deals "met?" is not judged.`),
    details: { byFilter, appMs: app, floorMs: floor },
  };
}
