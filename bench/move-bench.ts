// Bench 1: move deal over HTTP on PostgreSQL, its "no lost update" check, and the SQL floor.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import type { MoveLoadInput, MoveLoadOutput } from './move-load.ts';
import type { BenchResult } from './report.ts';
import type { BenchServer, Seeded } from './setup.ts';
import { round } from './stats.ts';

const BUDGET_PER_SECOND = 1000;

function runLoadInChild(input: MoveLoadInput): Promise<MoveLoadOutput> {
  const child = fork(fileURLToPath(new URL('./move-load.ts', import.meta.url)), {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('message', (output) => resolve(output as MoveLoadOutput));
    child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
    child.send(input);
  });
}

interface Verification {
  dealsChecked: number;
  /** Version below 1 + acknowledged moves: an acknowledged move was lost. */
  lostUpdates: number;
  /** Exactly one move more than acknowledged: in flight when the load generator stopped. */
  unacknowledgedAtCutoff: number;
  /** Version more than one above 1 + acknowledged moves: should never happen. */
  unexplained: number;
  /** deal.stage_entered events differ from the deal's version (1 on create + 1 per move). */
  eventMismatches: number;
}

/**
 * Every deal's version and stage_entered events must equal 1 + its successful moves. Requests in
 * flight when autocannon stops at the deadline may commit without their answer being counted:
 * at most one per connection, and exactly one move above the count; those are reported apart.
 */
async function verify(
  url: string,
  s: Seeded,
  okMoves: Record<string, number>,
): Promise<Verification> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const deals = await client.query<{ id: string; version: number }>(
    'select id, version from deals where workspace_id = $1',
    [s.workspaceId],
  );
  const events = await client.query<{ deal_id: string; n: string }>(
    `select deal_id, count(*) as n from events
      where workspace_id = $1 and type = 'deal.stage_entered' group by deal_id`,
    [s.workspaceId],
  );
  await client.end();
  const eventCount = new Map(events.rows.map((r) => [r.deal_id, Number(r.n)]));
  const v: Verification = {
    dealsChecked: deals.rows.length,
    lostUpdates: 0,
    unacknowledgedAtCutoff: 0,
    unexplained: 0,
    eventMismatches: 0,
  };
  for (const d of deals.rows) {
    const expected = 1 + (okMoves[d.id] ?? 0);
    if (d.version < expected) v.lostUpdates++;
    else if (d.version === expected + 1) v.unacknowledgedAtCutoff++;
    else if (d.version > expected) v.unexplained++;
    if ((eventCount.get(d.id) ?? 0) !== d.version) v.eventMismatches++;
  }
  return v;
}

/** The same state change by hand: update the deal, append the event, fold it into the rollup. */
async function sqlFloor(url: string, s: Seeded, seconds: number, clients: number) {
  const pool = new pg.Pool({ connectionString: url, max: clients });
  const current = await pool.query<{ id: string; stage_id: string }>(
    'select id, stage_id from deals where workspace_id = $1',
    [s.workspaceId],
  );
  const stageOf = new Map(current.rows.map((r) => [r.id, r.stage_id]));
  const [first, second] = [s.stageIds[0]!, s.stageIds[1]!];
  let next = 0;
  let ops = 0;
  const deadline = performance.now() + seconds * 1000;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (performance.now() < deadline) {
        const dealId = s.dealIds[next++ % s.dealIds.length]!;
        const from = stageOf.get(dealId)!;
        const to = from === first ? second : first;
        await client.query('begin');
        await client.query(
          `update deals set stage_id = $3, stage_entered_at = now(), updated_at = now(),
             version = version + 1 where workspace_id = $1 and id = $2`,
          [s.workspaceId, dealId, to],
        );
        await client.query(
          `insert into events (workspace_id, id, type, occurred_at, deal_id, pipeline_id,
             stage_id, from_stage_id, payload)
           values ($1, gen_random_uuid(), 'deal.stage_entered', now(), $2, $3, $4, $5, '{}')`,
          [s.workspaceId, dealId, s.pipelineId, to, from],
        );
        await client.query(
          `insert into event_rollups as r (workspace_id, week_start, type, pipeline_id, stage_id,
             count, amount_sum, duration_sum)
           values ($1, date_trunc('week', now())::date, 'deal.stage_entered', $2, $3, 1, 0, 0)
           on conflict on constraint event_rollups_key do update set count = r.count + 1`,
          [s.workspaceId, s.pipelineId, to],
        );
        await client.query('commit');
        stageOf.set(dealId, to);
        ops++;
      }
    } finally {
      client.release();
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: clients }, worker));
  const elapsed = (performance.now() - started) / 1000;
  await pool.end();
  return { opsPerSecond: ops / elapsed, ops, seconds: elapsed };
}

export async function moveBench(
  server: BenchServer,
  url: string,
  s: Seeded,
  options: { seconds: number; connections: number },
): Promise<BenchResult> {
  const load = await runLoadInChild({
    baseUrl: server.baseUrl,
    token: s.token,
    dealIds: s.dealIds,
    stages: [s.stageIds[0]!, s.stageIds[1]!],
    durationSeconds: options.seconds,
    connections: options.connections,
  });
  // Let the server finish the requests that were in flight at the deadline.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const check = await verify(url, s, load.okMoves);
  const floor = await sqlFloor(url, s, options.seconds, options.connections);
  const rps = round(load.requestsPerSecond, 0);
  const noLostUpdate =
    check.lostUpdates === 0 &&
    check.unexplained === 0 &&
    check.eventMismatches === 0 &&
    check.unacknowledgedAtCutoff <= options.connections;
  return {
    name: 'move-deal-http-postgres',
    title: 'move deal over HTTP (PostgreSQL)',
    unit: 'req/s',
    median: rps,
    p95: null,
    // Throughput has no p95; the latency percentiles are in the notes and details.
    floor: round(floor.opsPerSecond, 0),
    ratio: round(floor.opsPerSecond / load.requestsPerSecond),
    budget: `≥ ${BUDGET_PER_SECOND} /s, no lost update`,
    met: rps >= BUDGET_PER_SECOND && noLostUpdate && load.non2xx === 0,
    notes:
      `${s.dealIds.length} deals alternating stage 1 ⇄ 2, ${options.connections} connections, ` +
      `${options.seconds} s; latency p50 ${load.latencyP50Ms} ms, p95 ${round(load.latencyP95Ms)} ms; ` +
      `${load.ok} moves answered 200, non-2xx ${load.non2xx}, errors ${load.errors}. ` +
      `No lost update: ${noLostUpdate ? 'yes' : '**no**'} (over ${check.dealsChecked} deals: ` +
      `${check.lostUpdates} lost, ${check.unexplained} unexplained, ${check.eventMismatches} ` +
      `event/version mismatches; ${check.unacknowledgedAtCutoff} moves committed while in ` +
      `flight at the deadline, ≤ 1 per connection, counted apart). Floor: the update + event + rollup upsert in one transaction ` +
      `through a pg pool of ${options.connections}.`,
    details: {
      load: { ...load, okMoves: undefined },
      verification: check,
      floor,
    },
  };
}
