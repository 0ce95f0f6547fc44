import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../kernel/db/connection.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { openTestDatabase, testDatabaseKinds } from '../../../server/test/databases.ts';
import { EVERY_RECORD, type Actor } from '../../../kernel/app/context.ts';
import { getProcessMap } from '../../map/app/get-process-map.ts';
import { readLampReadings } from '../../map/app/read-lamp-readings.ts';
import { createRunner } from '../../../kernel/app/runner.ts';
import { runDemo, SimulatedClock, type DemoResult } from './run-demo.ts';
import { serverReactions } from '../../../server/modules.ts';

// A fixed end of history: the same seed must then give the same company.
const NOW = new Date('2026-11-19T15:00:00Z');
// Not a real scrypt hash: these tests never sign in, and hashing is slow on purpose.
const HASH = 'scrypt$65536$8$1$c2FsdA$a2V5';

async function digest(database: Database, workspaceId: string): Promise<string> {
  const ws = sql`${workspaceId}::uuid`;
  const deals = await rawRows(
    database.db,
    sql`select d.title, s.name as stage, d.status, d.value, d.source_channel, d.source_medium,
          d.expected_close_date, d.created_at, d.closed_at
        from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
        where d.workspace_id = ${ws} order by d.created_at, d.title`,
  );
  const events = await rawRows(
    database.db,
    sql`select type, count(*)::int as n from events where workspace_id = ${ws}
        group by type order by type`,
  );
  const activities = await rawRows(
    database.db,
    sql`select type, subject, due_at, done_at, outcome from activities
        where workspace_id = ${ws} order by created_at, subject, due_at, done_at, outcome`,
  );
  const leads = await rawRows(
    database.db,
    sql`select name, company_name, email, phone, status, source_channel, source_medium,
          source_campaign, disqualify_reason, created_at, first_contacted_at, closed_at
        from leads where workspace_id = ${ws} order by created_at, name, status`,
  );
  return createHash('sha256')
    .update(JSON.stringify({ deals, events, activities, leads }))
    .digest('hex');
}

async function headOfSales(database: Database, workspaceId: string): Promise<Actor> {
  const [admin] = await rawRows<{ user_id: string }>(
    database.db,
    sql`select user_id from memberships
        where workspace_id = ${workspaceId}::uuid and role = 'admin'`,
  );
  return {
    userId: admin!.user_id,
    workspaceId,
    role: 'admin',
    scopes: ['api'],
    records: EVERY_RECORD,
    delegated: false,
  };
}

describe.each(testDatabaseKinds())('the demo company on %s', (kind) => {
  let database: Database;
  let first: DemoResult;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    first = await runDemo(database, {
      reactions: serverReactions,
      seed: 7,
      size: 'tiny',
      locale: 'en',
      now: NOW,
      passwordHash: HASH,
    });
  }, 120_000);
  afterAll(() => database.close());

  it('is the same company for the same seed, and another for another seed', async () => {
    const again = await runDemo(database, {
      reactions: serverReactions,
      seed: 7,
      size: 'tiny',
      locale: 'en',
      now: NOW,
      passwordHash: HASH,
    });
    const other = await runDemo(database, {
      reactions: serverReactions,
      seed: 8,
      size: 'tiny',
      locale: 'en',
      now: NOW,
      passwordHash: HASH,
    });
    const expected = await digest(database, first.workspaceId);
    expect(await digest(database, again.workspaceId)).toBe(expected);
    expect(await digest(database, other.workspaceId)).not.toBe(expected);
    // Two demo builds in one test: ~20 s alone, several times that on a loaded 2-core runner.
  }, 300_000);

  it('has won, lost and open deals, and work still planned today', async () => {
    const [row] = await rawRows<{ won: number; lost: number; open: number; planned: number }>(
      database.db,
      sql`select
          count(*) filter (where status = 'won')::int as won,
          count(*) filter (where status = 'lost')::int as lost,
          count(*) filter (where status = 'open')::int as open,
          (select count(*)::int from activities a where a.workspace_id = d.workspace_id
             and a.done_at is null) as planned
        from deals d where d.workspace_id = ${first.workspaceId}::uuid
        group by d.workspace_id`,
    );
    expect(row!.won).toBeGreaterThan(0);
    expect(row!.lost).toBeGreaterThan(row!.won);
    expect(row!.open).toBeGreaterThan(0);
    expect(row!.planned).toBeGreaterThan(0);
  });

  it('lights this week’s lamps in more than one colour', async () => {
    const actor = await headOfSales(database, first.workspaceId);
    const runner = createRunner(database, new SimulatedClock(NOW.getTime()), serverReactions);
    const { weeks, readings } = await runner.run(readLampReadings, {}, actor);
    const thisWeek = readings.filter((r) => r.week === weeks[weeks.length - 1]);
    const colours = new Set(thisWeek.map((r) => r.status).filter((s) => s !== 'grey'));
    expect(colours.size).toBeGreaterThanOrEqual(2);
    // Past weeks have history too: stored state snapshots and hand-entered values.
    const past = readings.filter((r) => r.week !== weeks[weeks.length - 1] && r.value !== null);
    expect(past.length).toBeGreaterThan(20);
  });

  it('gives every process group an owner and sizes count targets to the team', async () => {
    const actor = await headOfSales(database, first.workspaceId);
    const runner = createRunner(database, new SimulatedClock(NOW.getTime()), serverReactions);
    const map = await runner.run(getProcessMap, {}, actor);
    expect(map.groups.length).toBeGreaterThan(5);
    expect(map.groups.filter((g) => !g.ownerUserId && !g.ownerTeamId)).toEqual([]);
    // The template asks 20 inbound leads a week; the demo team's target is its own.
    const inbound = map.groups.flatMap((g) => g.lamps).find((l) => l.name === 'Inbound leads');
    expect(inbound?.thresholds.green).toBeLessThan(20);
  });

  it('traces every won deal back to its source and its first contact', async () => {
    const won = await rawRows<{ id: string; medium: string; created: string; first: string }>(
      database.db,
      sql`select d.id, d.source_medium as medium,
          (select e.medium from events e where e.workspace_id = d.workspace_id
             and e.deal_id = d.id and e.type = 'deal.created') as created,
          (select a.type from activities a where a.workspace_id = d.workspace_id
             and a.deal_id = d.id order by a.created_at limit 1) as first
        from deals d where d.workspace_id = ${first.workspaceId}::uuid and d.status = 'won'`,
    );
    expect(won.length).toBeGreaterThan(0);
    for (const deal of won) {
      expect(deal.medium).toBeTruthy();
      expect(deal.created).toBe(deal.medium);
      expect(deal.first).toBe('call');
    }
  });

  it('brings leads from inbound and outbound channels, most deals converted from one', async () => {
    const sources = await rawRows<{ channel: string; medium: string; n: number }>(
      database.db,
      sql`select source_channel as channel, source_medium as medium, count(*)::int as n
        from leads where workspace_id = ${first.workspaceId}::uuid
        group by 1, 2 order by 1, 2`,
    );
    const mediums = sources.map((s) => `${s.channel}/${s.medium}`);
    for (const expected of ['inbound/web_form', 'inbound/cpc', 'outbound/cold_call']) {
      expect(mediums).toContain(expected);
    }
    expect(sources.filter((s) => s.channel === 'outbound').length).toBeGreaterThanOrEqual(2);
    const [deals] = await rawRows<{ all: number; fromLeads: number }>(
      database.db,
      sql`select count(*)::int as all, count(lead_id)::int as "fromLeads"
        from deals where workspace_id = ${first.workspaceId}::uuid`,
    );
    expect(deals!.fromLeads / deals!.all).toBeGreaterThan(0.7);
    const [statuses] = await rawRows<{ disqualified: number; converted: number }>(
      database.db,
      sql`select count(*) filter (where status = 'disqualified')::int as disqualified,
          count(*) filter (where status = 'converted')::int as converted
        from leads where workspace_id = ${first.workspaceId}::uuid`,
    );
    expect(statuses!.disqualified).toBeGreaterThan(0);
    expect(statuses!.converted).toBe(deals!.fromLeads);
  });

  it('keeps the lead’s source on the deal it was converted into', async () => {
    const pairs = await rawRows<{ same: boolean }>(
      database.db,
      sql`select (d.source_channel = l.source_channel
            and d.source_medium is not distinct from l.source_medium
            and d.source_campaign is not distinct from l.source_campaign
            and l.converted_deal_id = d.id) as same
        from deals d join leads l on l.workspace_id = d.workspace_id and l.id = d.lead_id
        where d.workspace_id = ${first.workspaceId}::uuid`,
    );
    expect(pairs.length).toBeGreaterThan(0);
    expect(pairs.every((p) => p.same)).toBe(true);
  });

  it('gives first contact at different speeds: some within the hour, some after a day', async () => {
    const [speed] = await rawRows<{ fast: number; slow: number }>(
      database.db,
      sql`select count(*) filter (where duration_seconds < 3600)::int as fast,
          count(*) filter (where duration_seconds > 86400)::int as slow
        from events where workspace_id = ${first.workspaceId}::uuid
          and type = 'lead.contacted' and channel = 'inbound'`,
    );
    expect(speed!.fast).toBeGreaterThan(0);
    expect(speed!.slow).toBeGreaterThan(0);
  });

  it('lights the prospecting, marketing and qualification lamps, not only grey', async () => {
    const actor = await headOfSales(database, first.workspaceId);
    const runner = createRunner(database, new SimulatedClock(NOW.getTime()), serverReactions);
    const map = await runner.run(getProcessMap, {}, actor);
    const { readings } = await runner.run(readLampReadings, {}, actor);
    for (const kind of ['prospecting', 'marketing', 'qualification']) {
      const lamps = new Set(map.groups.find((g) => g.kind === kind)!.lamps.map((l) => l.id));
      const lit = readings.filter((r) => lamps.has(r.lampId) && r.status !== 'grey');
      expect(lit.length, kind).toBeGreaterThan(0);
    }
  });
});
