// Each report of /api/v1/reports/* beside its floor: the same numbers by hand-written SQL, the
// fewest statements that answer it, on one pg client. Parameters: $1 workspace, $2 pipeline,
// $3 first day, $4 last day of the period (local dates, Europe/Warsaw as the bench workspace).
import type pg from 'pg';

const TZ = `'Europe/Warsaw'`;
const inPeriod = (column: string) =>
  `${column} >= ($3::date)::timestamp at time zone ${TZ}
   and ${column} < ($4::date + 1)::timestamp at time zone ${TZ}`;

/** Leads created in the period with the steps they passed since (as lead-cohort-sql.ts asks). */
const LEAD_COHORT = `cohort as (
    select l.id, l.source_channel ch, l.source_medium md, l.status, l.converted_deal_id
    from leads l where l.workspace_id = $1 and ${inPeriod('l.created_at')}),
  steps as (
    select e.lead_id, bool_or(e.type = 'lead.contacted') contacted,
      min(e.duration_seconds) filter (where e.type = 'lead.contacted') first_contact,
      bool_or(e.type = 'lead.replied') replied, bool_or(e.type = 'lead.mql') mql,
      bool_or(e.type = 'lead.sql') sq
    from events e where e.workspace_id = $1 and e.lead_id in (select id from cohort)
      and e.type in ('lead.contacted', 'lead.replied', 'lead.mql', 'lead.sql')
    group by e.lead_id)`;

const STUCK = `select d.id, d.title, d.owner_id, u.name, s.name,
    extract(epoch from now() - greatest(d.stage_entered_at, coalesce(d.last_activity_at, d.stage_entered_at)))
  from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
  left join users u on u.id = d.owner_id
  where d.workspace_id = $1 and d.status = 'open' and s.rot_days is not null
    and now() - greatest(d.stage_entered_at, coalesce(d.last_activity_at, d.stage_entered_at)) > s.rot_days * interval '1 day'
  order by u.name, 6 desc, d.id`;

const NO_NEXT_STEP = `select d.id, d.title, d.owner_id, u.name, s.name
  from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
  left join users u on u.id = d.owner_id
  where d.workspace_id = $1 and d.status = 'open' and not exists (select 1 from activities a
    where a.workspace_id = d.workspace_id and a.deal_id = d.id and a.done_at is null)
  order by u.name, d.id`;

/** Per report: the statements of its floor (each run with $1–$4, unused ones cast away). */
export const REPORT_FLOORS: Record<string, string[]> = {
  funnel: [
    `select se.stage_id, count(distinct d.id), count(distinct d.id) filter (where d.status = 'won'),
       sum(d.value) filter (where d.status = 'won')
     from events c join deals d on d.workspace_id = c.workspace_id and d.id = c.deal_id
     join events se on se.workspace_id = c.workspace_id and se.deal_id = c.deal_id
       and se.type = 'deal.stage_entered'
     where c.workspace_id = $1 and c.type = 'deal.created' and c.pipeline_id = $2
       and ${inPeriod('c.occurred_at')}
     group by se.stage_id`,
  ],
  'lead-funnel': [
    `with ${LEAD_COHORT}
     select count(*), count(*) filter (where s.contacted), count(*) filter (where s.replied),
       count(*) filter (where s.mql), count(*) filter (where s.sq), count(d.id),
       count(*) filter (where d.status = 'won'), sum(d.value) filter (where d.status = 'won'),
       count(*) filter (where c.status = 'disqualified'),
       percentile_cont(0.5) within group (order by s.first_contact)
     from cohort c left join steps s on s.lead_id = c.id
     left join deals d on d.workspace_id = $1 and d.id = c.converted_deal_id
`,
  ],
  velocity: [
    `select stage, percentile_cont(array[0.5, 0.75]) within group (order by seconds), count(*)
     from (select e.from_stage_id stage, e.duration_seconds seconds from events e
         where e.workspace_id = $1 and e.type = 'deal.stage_entered' and e.pipeline_id = $2
           and e.from_stage_id is not null and ${inPeriod('e.occurred_at')}
       union all
       select e.stage_id, (e.payload ->> 'stageSeconds')::bigint from events e
         where e.workspace_id = $1 and e.type in ('deal.won', 'deal.lost') and e.pipeline_id = $2
           and ${inPeriod('e.occurred_at')}) stays
     group by stage`,
    `select e.type, to_char(e.occurred_at at time zone ${TZ}, 'YYYY-MM'),
       percentile_cont(array[0.5, 0.75]) within group (order by e.duration_seconds), count(*)
     from events e where e.workspace_id = $1 and e.type in ('deal.won', 'deal.lost')
       and e.pipeline_id = $2 and ${inPeriod('e.occurred_at')}
     group by grouping sets ((1), (1, 2))`,
  ],
  stuck: [
    STUCK,
    NO_NEXT_STEP,
    `select a.id, a.type, a.subject, a.due_at, a.owner_id, u.name, d.id, d.title
     from activities a left join deals d on d.workspace_id = a.workspace_id and d.id = a.deal_id
     left join users u on u.id = a.owner_id
     where a.workspace_id = $1 and a.done_at is null and a.due_at < now()
     order by u.name, a.due_at, a.id`,
  ],
  'loss-reasons': [
    `select r.id, r.name, s.id, s.name, d.owner_id, u.name, d.source_channel, d.source_medium,
       to_char(d.closed_at at time zone ${TZ}, 'YYYY-MM'), count(*), sum(d.value)
     from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
     left join lost_reasons r on r.workspace_id = d.workspace_id and r.id = d.lost_reason_id
     left join users u on u.id = d.owner_id
     where d.workspace_id = $1 and d.status = 'lost' and ${inPeriod('d.closed_at')}
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9`,
  ],
  sources: [
    `with ${LEAD_COHORT},
     members as (
       select c.ch, 1 lead, s.contacted, s.first_contact, s.mql, s.sq, d.id deal_id, d.status, d.value
       from cohort c left join steps s on s.lead_id = c.id
       left join deals d on d.workspace_id = $1 and d.id = c.converted_deal_id
       union all
       select d.source_channel, 0, false, null, false, false, d.id, d.status, d.value
       from events c join deals d on d.workspace_id = c.workspace_id and d.id = c.deal_id
       where c.workspace_id = $1 and c.type = 'deal.created' and ${inPeriod('c.occurred_at')}
         and d.lead_id is null)
     select ch, sum(lead), count(*) filter (where contacted), count(*) filter (where mql),
       count(*) filter (where sq), count(deal_id), count(*) filter (where status = 'won'),
       sum(value) filter (where status = 'won'),
       percentile_cont(0.5) within group (order by first_contact)
     from members group by grouping sets ((ch), ())`,
  ],
  people: [
    `select e.owner_id, e.type, e.activity_type, count(*), sum(e.amount), count(distinct e.lead_id)
     from events e where e.workspace_id = $1 and e.type in ('activity.completed', 'deal.created',
       'deal.won', 'deal.lost', 'lead.contacted', 'lead.replied', 'lead.mql', 'lead.sql',
       'lead.converted', 'lead.disqualified') and ${inPeriod('e.occurred_at')}
     group by grouping sets ((1, 2, 3), (1))`,
    `select d.owner_id, count(*) from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
     where d.workspace_id = $1 and d.status = 'open' and s.rot_days is not null
       and now() - greatest(d.stage_entered_at, coalesce(d.last_activity_at, d.stage_entered_at)) > s.rot_days * interval '1 day'
     group by 1`,
  ],
  forecast: [
    `select d.id, d.title, d.owner_id, u.name, s.id, s.name, s.probability, d.value, d.expected_close_date
     from deals d join stages s on s.workspace_id = d.workspace_id and s.id = d.stage_id
     left join users u on u.id = d.owner_id
     where d.workspace_id = $1 and d.status = 'open'
     order by d.expected_close_date nulls last, d.title, d.id`,
  ],
  'what-if': [
    `select se.stage_id, count(distinct d.id), count(distinct d.id) filter (where d.status = 'won')
     from events c join deals d on d.workspace_id = c.workspace_id and d.id = c.deal_id
     join events se on se.workspace_id = c.workspace_id and se.deal_id = c.deal_id
       and se.type = 'deal.stage_entered'
     where c.workspace_id = $1 and c.type = 'deal.created' and c.pipeline_id = $2
       and ${inPeriod('c.occurred_at')}
     group by se.stage_id`,
    `select l.source_channel, l.source_medium, count(*), count(*) filter (where l.status in ('converted', 'disqualified')),
       count(l.converted_deal_id)
     from leads l where l.workspace_id = $1 and ${inPeriod('l.created_at')} group by 1, 2`,
    `select count(*), avg(d.value) from deals d where d.workspace_id = $1 and d.pipeline_id = $2
       and d.status = 'won' and ${inPeriod('d.closed_at')}`,
    `select e.type, percentile_cont(0.5) within group (order by e.duration_seconds), count(*)
     from events e where e.workspace_id = $1 and e.type in ('deal.won', 'lead.converted')
       and e.pipeline_id = $2 and ${inPeriod('e.occurred_at')} group by 1`,
  ],
};

/** Runs a report's floor; each statement gets only the parameters it uses, renumbered. */
export async function runFloor(client: pg.Client, name: string, params: unknown[]): Promise<void> {
  for (const statement of REPORT_FLOORS[name]!) {
    const used = [...new Set([...statement.matchAll(/\$(\d)/g)].map((m) => Number(m[1])))].sort();
    const text = statement.replace(/\$(\d)/g, (_, n: string) => `$${used.indexOf(Number(n)) + 1}`);
    await client.query(
      text,
      used.map((n) => params[n - 1]),
    );
  }
}
