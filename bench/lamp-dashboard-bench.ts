// The lamp dashboard: every lamp of the map × 13 weeks over HTTP (GET /lamps/readings), beside
// the same numbers from hand-written SQL on one pg client (one query per metric leaf).
import type { BenchResult } from './report.ts';
import { api, type BenchServer } from './setup.ts';
import { median, p95, round } from './stats.ts';

type Json = Record<string, unknown>;
const WARMUP = 3;

/** One hand-written statement on the bench's own connection (pg client or PGlite). */
export type Query = (text: string, params: unknown[]) => Promise<{ rows: unknown[] }>;

/** Which database and size the dashboard is measured on, and the budget that applies there. */
export interface DashboardTarget {
  server: BenchServer;
  token: string;
  workspaceId: string;
  /** The workspace's time zone: its weeks are local weeks. */
  timezone: string;
  query: Query;
  /** e.g. "1,000,000 deals / 10,000,000 events (PostgreSQL)". */
  label: string;
  name: string;
  budget: { text: string; judge: ((median: number, ratio: number) => boolean) | null };
}

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
async function byHand(
  client: { query: Query },
  ws: string,
  metric: Json,
  weeks: [string, string],
  tz: string,
) {
  if (metric.ratio) {
    const ratio = metric.ratio as { of: Json; to: Json };
    await byHand(client, ws, ratio.of, weeks, tz);
    await byHand(client, ws, ratio.to, weeks, tz);
    return;
  }
  const filter = (metric.count ?? metric.sum ?? metric.median) as Json | undefined;
  if (filter) {
    const params: unknown[] = [ws, filter.event];
    if (metric.median) {
      params.push(weeks[0], weeks[1]);
      const column = metric.of === 'amount' ? 'amount' : 'duration_seconds';
      await client.query(
        `select (date_trunc('week', occurred_at at time zone ${tz}))::date,
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
  t: DashboardTarget,
  requests: number,
): Promise<BenchResult> {
  const map = await api(t.server, t.token, 'GET', '/process-map');
  const lamps = (map.groups as { lamps: { metric: Json }[] }[]).flatMap((g) => g.lamps);
  const app: number[] = [];
  let weeks: string[] = [];
  for (let i = 0; i < WARMUP + requests; i++) {
    const started = performance.now();
    const answer = await api(t.server, t.token, 'GET', '/lamps/readings');
    if (i >= WARMUP) app.push(performance.now() - started);
    weeks = answer.weeks as string[];
  }
  const client = { query: t.query };
  const tz = `'${t.timezone.replaceAll("'", "''")}'`;
  const { rows } = (await t.query(
    `select (date_trunc('week', now() at time zone $1) - interval '12 weeks')::date::text as first,
       date_trunc('week', now() at time zone $1)::date::text as last`,
    [t.timezone],
  )) as { rows: { first: string; last: string }[] };
  const span: [string, string] = [rows[0]!.first, rows[0]!.last];
  const floor: number[] = [];
  for (let i = 0; i < WARMUP + requests; i++) {
    const started = performance.now();
    for (const lamp of lamps) await byHand(client, t.workspaceId, lamp.metric, span, tz);
    if (i >= WARMUP) floor.push(performance.now() - started);
  }
  const [appMedian, floorMedian] = [median(app), median(floor)];
  const ratio = appMedian / floorMedian;
  return {
    name: t.name,
    title: `lamp dashboard: ${lamps.length} lamps × ${weeks.length} weeks, ${t.label}`,
    unit: 'ms',
    median: round(appMedian),
    p95: round(p95(app)),
    floor: round(floorMedian),
    ratio: round(ratio),
    budget: t.budget.text,
    met: t.budget.judge ? t.budget.judge(appMedian, ratio) : null,
    notes:
      `GET /api/v1/lamps/readings (all lamps of the workspace's map, the 13 weeks ending this ` +
      `week), ${requests} sequential requests after ${WARMUP} warm-up; floor: the same metrics ` +
      `by hand-written SQL on one connection (the rollup for counts and sums, the event log for ` +
      `medians, the deal table for state), one query per metric leaf.`,
    details: { appMs: app, floorMs: floor },
  };
}
