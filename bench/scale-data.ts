// Scale data for benchmarks only: a b2b-classic workspace with N deals and 10 events per deal
// (created, stage entries, activities, won/lost), generated inside PostgreSQL with
// generate_series — deterministic (every value is a function of the row number), no network
// round trip per row. The weekly rollup is then built from the events, as appends would.
import pg from 'pg';
import { provisionWorkspace } from '../src/app/identity/workspace-provisioning.ts';
import { newId } from '../src/db/ids.ts';
import { insertMembership, insertUser } from '../src/db/identity/users-repo.ts';
import type { BenchServer } from './setup.ts';

export interface ScaleData {
  workspaceId: string;
  token: string;
  deals: number;
  events: number;
}

const OWNERS = 15;
const DAY = 86_400;

export async function generateScaleData(
  server: BenchServer,
  url: string,
  deals: number,
  log: (line: string) => void,
): Promise<ScaleData> {
  const now = new Date();
  const { workspaceId, token, ownerIds } = await server.runner.runPublic(
    async (_input: void, { tx }) => {
      const admin = await insertUser(tx, {
        id: newId(),
        email: 'scale-admin@example.test',
        name: 'Scale Admin',
        passwordHash: null,
        createdAt: now,
        updatedAt: now,
      });
      const provisioned = await provisionWorkspace(
        tx,
        {
          name: 'Scale',
          locale: 'en',
          timezone: 'Europe/Warsaw',
          currency: 'PLN',
          template: 'b2b-classic',
        },
        admin.id,
        now,
      );
      const ids: string[] = [];
      for (let i = 0; i < OWNERS; i++) {
        const user = await insertUser(tx, {
          id: newId(),
          email: `owner-${i}@scale.test`,
          name: `Owner ${i}`,
          passwordHash: null,
          createdAt: now,
          updatedAt: now,
        });
        await insertMembership(tx, {
          workspaceId: provisioned.workspace.id,
          userId: user.id,
          role: 'member',
          salesRoles: ['closer'],
          createdAt: now,
          updatedAt: now,
        });
        ids.push(user.id);
      }
      return { workspaceId: provisioned.workspace.id, token: provisioned.apiToken, ownerIds: ids };
    },
    undefined,
  );
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ pipeline_id: string; stage_ids: string[] }>(
      `select s.pipeline_id, array_agg(s.id order by s.position) as stage_ids from stages s
       where s.workspace_id = $1 group by s.pipeline_id limit 1`,
      [workspaceId],
    );
    const { pipeline_id: pipelineId, stage_ids: stageIds } = rows[0]!;
    // A deal's creation time: spread over two years before now, a function of its number.
    const createdAt = (g: string) =>
      `($5::timestamptz - ((${g} * 104729) % (${730 * DAY})) * interval '1 second')`;
    log(`scale: ${deals.toLocaleString('en')} deals`);
    await client.query(
      `insert into deals (workspace_id, id, title, pipeline_id, stage_id, status, value, currency,
         owner_id, source_channel, source_medium, stage_entered_at, created_at, updated_at,
         closed_at, version)
       select $1, lpad(to_hex(g), 32, '0')::uuid, 'Deal ' || g, $2,
         ($3::uuid[])[1 + g % 4],
         case when g % 20 = 0 then 'open' when g % 5 = 1 then 'won' else 'lost' end,
         (g * 7919) % 100000, 'PLN', ($4::uuid[])[1 + g % ${OWNERS}],
         case when g % 3 = 0 then 'outbound' else 'inbound' end,
         (array['web_form', 'ads', 'cold_email', 'referral'])[1 + g % 4],
         ${createdAt('g')} + interval '9 days', ${createdAt('g')}, ${createdAt('g')},
         case when g % 20 = 0 then null else ${createdAt('g')} + interval '9 days' end, 1
       from generate_series(1, $6::int) g`,
      [workspaceId, pipelineId, stageIds, ownerIds, now.toISOString(), deals],
    );
    log(`scale: ${(deals * 10).toLocaleString('en')} events`);
    // Event k of deal d (k = 0..9): created, stage entries, activities, then won or lost.
    await client.query(
      `insert into events (workspace_id, id, type, occurred_at, deal_id, owner_id, pipeline_id,
         stage_id, channel, medium, activity_type, amount, duration_seconds)
       select $1, lpad(to_hex(g), 32, '0')::uuid, t.type, ${createdAt('d')} + k * interval '1 day',
         lpad(to_hex(d), 32, '0')::uuid, ($4::uuid[])[1 + d % ${OWNERS}], $2,
         ($3::uuid[])[1 + (k / 3) % 4],
         case when d % 3 = 0 then 'outbound' else 'inbound' end,
         (array['web_form', 'ads', 'cold_email', 'referral'])[1 + d % 4],
         case when t.type like 'activity.%'
           then (array['call', 'email', 'meeting', 'task'])[1 + (d + k) % 4] end,
         case when t.type in ('deal.created', 'deal.won', 'deal.lost') then (d * 7919) % 100000 end,
         case when t.type = 'deal.stage_entered' and k > 0 then (g * 31) % ${20 * DAY} end
       from generate_series(0, $6::bigint * 10 - 1) g,
         lateral (select g / 10 + 1 as d, g % 10 as k) x,
         lateral (select case k
           when 0 then 'deal.created' when 1 then 'activity.created' when 2 then 'activity.completed'
           when 3 then 'deal.stage_entered' when 4 then 'activity.created'
           when 5 then 'activity.completed' when 6 then 'deal.stage_entered'
           when 7 then 'activity.completed' when 8 then 'deal.stage_entered'
           else case when d % 20 = 0 then 'activity.created'
             when d % 5 = 1 then 'deal.won' else 'deal.lost' end end as type) t`,
      [workspaceId, pipelineId, stageIds, ownerIds, now.toISOString(), deals],
    );
    log('scale: weekly rollup');
    await client.query(
      `insert into event_rollups (workspace_id, week_start, type, owner_id, team_id, pipeline_id,
         stage_id, channel, medium, activity_type, count, amount_sum, duration_sum)
       select e.workspace_id, (date_trunc('week', e.occurred_at at time zone 'Europe/Warsaw'))::date,
         e.type, e.owner_id, e.team_id, e.pipeline_id, e.stage_id, e.channel, e.medium,
         e.activity_type, count(*), coalesce(sum(e.amount), 0), coalesce(sum(e.duration_seconds), 0)
       from events e where e.workspace_id = $1
       group by 1, 2, 3, 4, 5, 6, 7, 8, 9, 10
       on conflict on constraint event_rollups_key do update set
         count = event_rollups.count + excluded.count,
         amount_sum = event_rollups.amount_sum + excluded.amount_sum,
         duration_sum = event_rollups.duration_sum + excluded.duration_sum`,
      [workspaceId],
    );
    await client.query('analyze');
  } finally {
    await client.end();
  }
  return { workspaceId, token, deals, events: deals * 10 };
}
