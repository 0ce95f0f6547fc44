// The lamp dashboard: every lamp of the map × 13 weeks over HTTP (GET /lamps/readings), beside
// the same numbers from hand-written SQL on one pg client (one query per metric leaf).
import type { BenchResult } from './report.ts';
import { storeLampMedians } from '../src/modules/map/app/store-lamp-medians.ts';
import { leafKey, type Leaf } from '../src/modules/map/domain/metrics/metric-leaves.ts';
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

/** Event columns by Where key; deals and leads name their source `source_channel/medium`. */
function whereSql(where: Json | undefined, params: unknown[], alias?: string): string {
  const source = alias === 'd' || alias === 'l';
  const columns: Record<string, string> = {
    channel: source ? 'source_channel' : 'channel',
    medium: source ? 'source_medium' : 'medium',
    activityType: alias ? 'type' : 'activity_type',
    ownerId: 'owner_id',
    pipelineId: 'pipeline_id',
    stageId: 'stage_id',
  };
  return Object.entries(where ?? {})
    .filter(([key]) => key in columns)
    .map(([key, value]) => {
      params.push(value);
      return ` and ${alias ? `${alias}.` : ''}${columns[key]} = $${params.length}`;
    })
    .join('');
}

/** The weeks a dashboard shows: 12 closed ones and the current one (Mondays, local). */
interface Span {
  first: string;
  current: string;
  tz: string;
}

/**
 * State lamps by hand, on the same schema as the app: idle-since ranges per stage for stuck
 * deals, the next-activity column the activities trigger keeps (ADR 020), open lead statuses.
 */
const STATE_SQL: Record<string, string> = {
  open_deals: `select count(*) from deals d where d.workspace_id = $1 and d.status = 'open'`,
  stuck_deals: `select count(*) from deals d join stages s on s.workspace_id = d.workspace_id
      and s.id = d.stage_id
    where d.workspace_id = $1 and d.status = 'open' and s.rot_days is not null
      and greatest(d.stage_entered_at, coalesce(d.last_activity_at, d.stage_entered_at))
        < now() - s.rot_days * interval '24 hours'`,
  deals_without_next_activity: `select count(*) from deals d
    where d.workspace_id = $1 and d.status = 'open' and d.next_activity_at is null`,
  overdue_activities: `select count(*) from activities a
    where a.workspace_id = $1 and a.done_at is null and a.due_at < now()`,
  open_leads: `select count(*) from leads l
    where l.workspace_id = $1 and l.status in ('new', 'contacted', 'replied', 'mql', 'sql')`,
};

/**
 * One metric by hand, along the app's read path: the rollup for counts and sums; for medians the
 * closed weeks' stored values and the live week from the log; for state the tables now.
 */
async function byHand(client: { query: Query }, ws: string, metric: Json, span: Span) {
  if (metric.ratio) {
    const ratio = metric.ratio as { of: Json; to: Json };
    await byHand(client, ws, ratio.of, span);
    await byHand(client, ws, ratio.to, span);
    return;
  }
  if (metric.median) {
    const filter = metric.median as Json;
    await client.query(
      `select week_start, value from metric_week_values
       where workspace_id = $1 and leaf = $2 and week_start >= $3 and week_start < $4`,
      [ws, leafKey(metric as Leaf), span.first, span.current],
    );
    const params: unknown[] = [ws, filter.event, span.current, span.tz];
    const column = metric.of === 'amount' ? 'amount' : 'duration_seconds';
    await client.query(
      `select percentile_cont(0.5) within group (order by ${column})
       from events where workspace_id = $1 and type = $2
         and occurred_at >= $3::date::timestamp at time zone $4
         and occurred_at < ($3::date + 7)::timestamp at time zone $4
         and ${column} is not null${whereSql(filter.where as Json, params)}`,
      params,
    );
    return;
  }
  const filter = (metric.count ?? metric.sum) as Json | undefined;
  if (filter) {
    const params: unknown[] = [ws, filter.event, span.first, span.current];
    const column = metric.sum ? 'amount_sum' : 'count';
    await client.query(
      `select week_start, sum(${column}) from event_rollups
       where workspace_id = $1 and type = $2 and week_start between $3 and $4
       ${whereSql(filter.where as Json, params)} group by 1`,
      params,
    );
    return;
  }
  if (metric.state) {
    const params: unknown[] = [ws];
    const text = STATE_SQL[metric.state as string]!;
    const alias =
      metric.state === 'open_leads' ? 'l' : metric.state === 'overdue_activities' ? 'a' : 'd';
    await client.query(`${text}${whereSql(metric.where as Json, params, alias)}`, params);
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
  // The first request finds no stored medians: it reads every closed week from the log. Reads
  // store nothing (ADR 023): the hourly lamp job, which the server runs at start-up, stores the
  // closed weeks' medians; here it runs once after that first request, then the dashboard reads
  // stored values as it does in production.
  let firstMs = 0;
  for (let i = 0; i < WARMUP + requests; i++) {
    const started = performance.now();
    const answer = await api(t.server, t.token, 'GET', '/lamps/readings');
    if (i === 0) {
      firstMs = performance.now() - started;
      await t.server.runner.runPublic(storeLampMedians, { workspaceId: t.workspaceId });
    }
    if (i >= WARMUP) app.push(performance.now() - started);
    weeks = answer.weeks as string[];
  }
  const client = { query: t.query };
  const { rows } = (await t.query(
    `select (date_trunc('week', now() at time zone $1) - interval '12 weeks')::date::text as first,
       date_trunc('week', now() at time zone $1)::date::text as current`,
    [t.timezone],
  )) as { rows: { first: string; current: string }[] };
  const span: Span = { first: rows[0]!.first, current: rows[0]!.current, tz: t.timezone };
  const floor: number[] = [];
  for (let i = 0; i < WARMUP + requests; i++) {
    const started = performance.now();
    for (const lamp of lamps) await byHand(client, t.workspaceId, lamp.metric, span);
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
      `week), ${requests} sequential requests after ${WARMUP} warm-up. The very first request ` +
      `(no closed week's median stored yet: every one read from the log, as before the hourly ` +
      `lamp job first runs; reads store nothing, the job then runs once) took ` +
      `${Math.round(firstMs)} ms. Floor: the same metrics by hand-written ` +
      `SQL on one connection along the same read path, one query per metric leaf: the rollup ` +
      `for counts and sums, stored closed weeks plus the live week from the log for medians, ` +
      `the deals, leads and activities tables for state (the app's rules: rot days, planned ` +
      `activities, open lead statuses).`,
    details: { appMs: app, floorMs: floor, firstRequestMs: round(firstMs) },
  };
}
