// The lamp dashboard: every lamp of the map × 13 weeks over HTTP (GET /lamps/readings), beside
// the same numbers from hand-written SQL on one pg client (one query per metric leaf).
import pg from 'pg';
import type { BenchResult } from './report.ts';
import type { ScaleData } from './scale-data.ts';
import { api, type BenchServer } from './setup.ts';
import { median, p95, round } from './stats.ts';

type Json = Record<string, unknown>;
const WARMUP = 3;

function whereSql(where: Json | undefined, params: unknown[]): string {
  const columns: Record<string, string> = {
    channel: 'channel',
    medium: 'medium',
    activityType: 'activity_type',
    ownerId: 'owner_id',
    pipelineId: 'pipeline_id',
    stageId: 'stage_id',
  };
  return Object.entries(where ?? {})
    .filter(([key]) => key in columns)
    .map(([key, value]) => {
      params.push(value);
      return ` and ${columns[key]} = $${params.length}`;
    })
    .join('');
}

/** One metric by hand: the rollup for counts and sums, the log for medians, tables for state. */
async function byHand(client: pg.Client, ws: string, metric: Json, weeks: [string, string]) {
  if (metric.ratio) {
    const ratio = metric.ratio as { of: Json; to: Json };
    await byHand(client, ws, ratio.of, weeks);
    await byHand(client, ws, ratio.to, weeks);
    return;
  }
  const filter = (metric.count ?? metric.sum ?? metric.median) as Json | undefined;
  if (filter) {
    const params: unknown[] = [ws, filter.event];
    if (metric.median) {
      params.push(weeks[0], weeks[1]);
      const column = metric.of === 'amount' ? 'amount' : 'duration_seconds';
      await client.query(
        `select (date_trunc('week', occurred_at at time zone 'Europe/Warsaw'))::date,
           percentile_cont(0.5) within group (order by ${column})
         from events where workspace_id = $1 and type = $2
           and occurred_at >= $3::date and occurred_at < $4::date + 7
           and ${column} is not null${whereSql(filter.where as Json, params)} group by 1`,
        params,
      );
      return;
    }
    params.push(weeks[0], weeks[1]);
    const column = metric.sum ? 'amount_sum' : 'count';
    await client.query(
      `select week_start, sum(${column}) from event_rollups
       where workspace_id = $1 and type = $2 and week_start between $3 and $4
       ${whereSql(filter.where as Json, params)} group by 1`,
      params,
    );
    return;
  }
  if (metric.state === 'overdue_activities') {
    await client.query(
      `select count(*) from activities where workspace_id = $1 and done_at is null and due_at < now()`,
      [ws],
    );
  } else if (metric.state) {
    await client.query(
      `select count(*) from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
       where d.workspace_id = $1 and d.status = 'open'`,
      [ws],
    );
  }
}

export async function lampDashboardBench(
  server: BenchServer,
  url: string,
  data: ScaleData,
  requests: number,
): Promise<BenchResult> {
  const map = await api(server, data.token, 'GET', '/process-map');
  const lamps = (map.groups as { lamps: { metric: Json }[] }[]).flatMap((g) => g.lamps);
  const app: number[] = [];
  let weeks: string[] = [];
  for (let i = 0; i < WARMUP + requests; i++) {
    const started = performance.now();
    const answer = await api(server, data.token, 'GET', '/lamps/readings');
    if (i >= WARMUP) app.push(performance.now() - started);
    weeks = answer.weeks as string[];
  }
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ first: string; last: string }>(
    `select (date_trunc('week', now() at time zone 'Europe/Warsaw') - interval '12 weeks')::date::text as first,
       date_trunc('week', now() at time zone 'Europe/Warsaw')::date::text as last`,
  );
  const span: [string, string] = [rows[0]!.first, rows[0]!.last];
  const floor: number[] = [];
  for (let i = 0; i < WARMUP + requests; i++) {
    const started = performance.now();
    for (const lamp of lamps) await byHand(client, data.workspaceId, lamp.metric, span);
    if (i >= WARMUP) floor.push(performance.now() - started);
  }
  await client.end();
  const [appMedian, floorMedian] = [median(app), median(floor)];
  const ratio = appMedian / floorMedian;
  return {
    name: `lamp-dashboard-${data.deals}`,
    title: `lamp dashboard: ${lamps.length} lamps × ${weeks.length} weeks, ${data.deals.toLocaleString('en')} deals / ${data.events.toLocaleString('en')} events (PostgreSQL)`,
    unit: 'ms',
    median: round(appMedian),
    p95: round(p95(app)),
    floor: round(floorMedian),
    ratio: round(ratio),
    budget: 'p50 < 150 ms, ≤ 1.5× floor (1M deals, 10M events)',
    met: data.deals >= 1_000_000 ? appMedian < 150 && ratio <= 1.5 : null,
    notes:
      `GET /api/v1/lamps/readings (all lamps of the b2b-classic map, the 13 weeks ending this ` +
      `week), ${requests} sequential requests after ${WARMUP} warm-up; floor: the same metrics ` +
      `by hand-written SQL on one pg client (the rollup for counts and sums, the event log for ` +
      `medians, the deal table for state), one query per metric leaf.`,
    details: { appMs: app, floorMs: floor },
  };
}
