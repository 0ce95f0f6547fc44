// Scale data for benchmarks only (docs/decisions/016-bench-scale-data.md): a b2b-classic
// workspace with N deals, ~20 activities and ~8 events per deal, N/2 leads with their events,
// streamed into PostgreSQL by COPY from text generated here (scale-rows.ts), deterministic for a
// seed. Secondary indexes are dropped for the load and rebuilt after it; the weekly rollup is
// rebuilt from the log by the app's own rebuildRollup, so it is what appends would have made.
import { readFile } from 'node:fs/promises';
import { drizzle } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import type { Db } from '../src/kernel/db/connection.ts';
import { provisionWorkspace } from '../src/modules/identity/app/workspace-provisioning.ts';
import { rebuildRollup } from '../src/kernel/db/events/rebuild-rollup.ts';
import { newId } from '../src/kernel/db/ids.ts';
import { insertMembership, insertUser } from '../src/modules/identity/db/users-repo.ts';
import { copyIn } from './copy-in.ts';
import {
  ACTIVITY_COLUMNS,
  activityRows,
  chunks,
  DEAL_COLUMNS,
  dealEventRows,
  dealRow,
  EVENT_COLUMNS,
  LEAD_COLUMNS,
  leadCount,
  leadEventRows,
  leadRow,
  type ScaleWorld,
} from './scale-rows.ts';
import type { BenchServer } from './setup.ts';
import { serverReactions } from '../src/server/modules.ts';

export interface ScaleData {
  workspaceId: string;
  token: string;
  pipelineId: string;
  stageIds: string[];
  /** The deals' owners (a board filter picks one). */
  closers: string[];
  deals: number;
  leads: number;
  events: number;
  activities: number;
  /** Wall seconds per phase, and the whole generation per 100k deals (for planning a full run). */
  seconds: Record<string, number>;
  /**
   * CPU seconds per phase (this process + the loading backends; null where /proc of the server is
   * not readable): on a busy machine wall time says little, CPU time still adds up.
   */
  cpuSeconds: Record<string, number | null>;
}

const HUNTERS = 10;
const CLOSERS = 30;
const TABLES = ['deals', 'events', 'activities', 'leads'] as const;

async function provision(server: BenchServer, now: Date) {
  return server.runner.runPublic(async (_input: void, { tx }) => {
    const user = (email: string, name: string) =>
      insertUser(tx, {
        id: newId(),
        email,
        name,
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
      });
    const admin = await user('scale-admin@example.test', 'Scale Admin');
    const provisioned = await provisionWorkspace({ name: 'Scale', locale: 'en', timezone: 'Europe/Warsaw', currency: 'PLN', template: 'b2b-classic' }, admin.id, serverReactions.deps(tx, { now: () => now })); // prettier-ignore
    const workspaceId = provisioned.workspace.id;
    const people = async (count: number, role: 'hunter' | 'closer') => {
      const ids: string[] = [];
      for (let i = 0; i < count; i++) {
        const person = await user(`${role}-${i}@scale.test`, `${role} ${i}`);
        await insertMembership(tx, {
          workspaceId,
          userId: person.id,
          role: 'member',
          salesRoles: [role],
          createdAt: now,
          updatedAt: now,
        });
        ids.push(person.id);
      }
      return ids;
    };
    return {
      workspaceId,
      token: provisioned.apiToken,
      hunters: await people(HUNTERS, 'hunter'),
      closers: await people(CLOSERS, 'closer'),
    };
  }, undefined);
}

/** The pipeline's stages in order, and the lost reasons each stage allows. */
async function readTemplate(client: pg.Client, workspaceId: string) {
  const stages = await client.query<{ pipeline_id: string; id: string }>(
    `select pipeline_id, id from stages where workspace_id = $1
     and pipeline_id = (select id from pipelines where workspace_id = $1 order by position limit 1)
     order by position`,
    [workspaceId],
  );
  const reasons = await client.query<{ id: string; name: string; stage_ids: string[] | null }>(
    `select id, name, stage_ids from lost_reasons where workspace_id = $1 and active order by position`,
    [workspaceId],
  );
  const stageIds = stages.rows.map((s) => s.id);
  return {
    pipelineId: stages.rows[0]!.pipeline_id,
    stageIds,
    lostReasons: stageIds.map((id) =>
      reasons.rows.filter((r) => r.stage_ids === null || r.stage_ids.includes(id)),
    ),
  };
}

/** Drops the secondary (non-constraint) indexes of the loaded tables; returns their definitions. */
async function dropIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; def: string }>(
    `select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as def
     from pg_index i
     where i.indrelid = any($1::regclass[])
       and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)`,
    [TABLES],
  );
  for (const r of rows) await client.query(`drop index ${r.name}`);
  return rows.map((r) => r.def);
}

/** CPU seconds of a server backend from /proc (the server on this machine), else null. */
async function backendCpu(pid: number): Promise<number | null> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks
  } catch {
    return null;
  }
}

export async function generateScaleData(
  server: BenchServer,
  url: string,
  deals: number,
  seed: number,
  log: (line: string) => void,
): Promise<ScaleData> {
  const seconds: Record<string, number> = {};
  const cpuSeconds: Record<string, number | null> = {};
  const now = new Date();
  const started = performance.now();
  const people = await provision(server, now);
  const clients = Array.from({ length: 5 }, () => new pg.Client({ connectionString: url }));
  await Promise.all(clients.map((c) => c.connect()));
  const pids = await Promise.all(
    clients.map(
      async (c) => (await c.query<{ pid: number }>('select pg_backend_pid() as pid')).rows[0]!.pid,
    ),
  );
  const cpu = async () => {
    const backends = await Promise.all(pids.map(backendCpu));
    const own = process.cpuUsage();
    const sum = backends.some((b) => b === null) ? null : backends.reduce((a, b) => a! + b!, 0)!;
    return sum === null ? null : sum + (own.user + own.system) / 1e6;
  };
  let lap = { wall: started, cpu: await cpu() };
  const phase = async (name: string) => {
    const next = { wall: performance.now(), cpu: await cpu() };
    seconds[name] = Math.round(next.wall - lap.wall) / 1000;
    cpuSeconds[name] =
      next.cpu === null || lap.cpu === null ? null : Math.round((next.cpu - lap.cpu) * 10) / 10;
    lap = next;
    log(`scale: ${name} ${seconds[name]} s (CPU ${cpuSeconds[name] ?? '?'} s)`);
  };
  try {
    const main = clients[0]!;
    const world: ScaleWorld = {
      seed,
      deals,
      now: now.getTime(),
      workspaceId: people.workspaceId,
      ...(await readTemplate(main, people.workspaceId)),
      closers: people.closers,
      hunters: people.hunters,
    };
    const indexes = await dropIndexes(main);
    await phase('provision');
    // Rows are consistent by construction: skip the per-row foreign-key triggers during COPY.
    for (const c of clients) await c.query(`set session_replication_role = replica`);
    const leads = leadCount(deals);
    log(`scale: COPY ${deals.toLocaleString('en')} deals, ${leads.toLocaleString('en')} leads`);
    const [, dealEvents, activities, , leadEvents] = await Promise.all([
      copyIn(clients[0]!, 'deals', DEAL_COLUMNS, chunks(deals, (n) => dealRow(world, n))),
      copyIn(clients[1]!, 'events', EVENT_COLUMNS, chunks(deals, (n) => dealEventRows(world, n))),
      copyIn(clients[2]!, 'activities', ACTIVITY_COLUMNS, chunks(deals, (n) => activityRows(world, n))),
      copyIn(clients[3]!, 'leads', LEAD_COLUMNS, chunks(leads, (n) => leadRow(world, n))),
      copyIn(clients[4]!, 'events', EVENT_COLUMNS, chunks(leads, (n) => leadEventRows(world, n))),
    ]); // prettier-ignore
    for (const c of clients) await c.query(`set session_replication_role = origin`);
    await phase('copy');
    // One process per statement from here: the CPU counted is then all of the work.
    await main.query(`set max_parallel_maintenance_workers = 0`);
    await main.query(`set max_parallel_workers_per_gather = 0`);
    await main.query(`set maintenance_work_mem = '512MB'`);
    for (const def of indexes) await main.query(def);
    await phase('indexes');
    // The app's rebuild, on this connection (so its CPU is counted), in one transaction.
    await main.query('begin');
    await main.query(`set local work_mem = '256MB'`);
    await rebuildRollup(drizzle(main) as unknown as Db, world.workspaceId);
    await main.query('commit');
    await phase('rollup');
    // Sets hint bits and the visibility map now, so the first timed reads do not pay for them.
    await main.query(`vacuum analyze ${[...TABLES, 'event_rollups'].join(', ')}`);
    await phase('vacuum analyze');
    seconds.total = Math.round(performance.now() - started) / 1000;
    seconds.per100kDeals = Math.round((seconds.total / deals) * 100_000 * 10) / 10;
    const cpuValues = Object.values(cpuSeconds);
    if (!cpuValues.includes(null)) {
      cpuSeconds.total = Math.round(cpuValues.reduce((a, b) => a! + b!, 0)! * 10) / 10;
      cpuSeconds.per100kDeals = Math.round((cpuSeconds.total / deals) * 100_000 * 10) / 10;
    }
    log(
      `scale: ${dealEvents + leadEvents} events, ${activities} activities in ${seconds.total} s ` +
        `(${seconds.per100kDeals} s per 100k deals, ~${Math.round(seconds.per100kDeals * 10)} s at 1M ` +
        `if linear; CPU ${cpuSeconds.total ?? '?'} s, ${cpuSeconds.per100kDeals ?? '?'} s per 100k deals)`,
    );
    return {
      workspaceId: world.workspaceId,
      token: people.token,
      pipelineId: world.pipelineId,
      stageIds: world.stageIds,
      closers: world.closers,
      deals,
      leads,
      events: dealEvents + leadEvents,
      activities,
      seconds,
      cpuSeconds,
    };
  } finally {
    await Promise.all(clients.map((c) => c.end()));
  }
}
