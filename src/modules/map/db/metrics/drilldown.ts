import { sql, type SQL } from 'drizzle-orm';
import type { Filter, Metric } from '../../domain/metrics/metric.ts';
import type { Db } from '../../../../kernel/db/connection.ts';
import type { OwnerFilter } from '../../../../kernel/db/owner-filter.ts';
import { rawRows } from '../../../../kernel/db/raw-rows.ts';
import { stateSource } from './state-now.ts';
import { typeIn } from './event-series.ts';
import { allOf, dimensionConditions } from './where-sql.ts';
import type { DrilldownKind } from '../../../../contract/map.ts';

export interface DrillItem {
  kind: DrilldownKind;
  id: string;
  title: string;
  dealId: string | null;
  ownerId: string | null;
  at: Date | null;
}

export interface DrillWeek {
  workspaceId: string;
  timezone: string;
  /** Monday of the week, `YYYY-MM-DD`. */
  weekStart: string;
  /** Whether the week is the current one (state metrics only list what they count now). */
  current: boolean;
  now: Date;
  /** The records the reader may see (record permissions): a list names people's work. */
  visible: OwnerFilter;
}

/** True, or the reader's record permissions on an owner column. */
function within(week: DrillWeek, ownerColumn: SQL): SQL {
  return week.visible(ownerColumn) ?? sql`true`;
}

interface Row {
  kind: DrillItem['kind'];
  id: string;
  title: string | null;
  deal_id: string | null;
  owner_id: string | null;
  at: Date | string | null;
}

function toItem(r: Row): DrillItem {
  return {
    kind: r.kind,
    id: r.id,
    title: r.title ?? '',
    dealId: r.deal_id,
    ownerId: r.owner_id,
    at: r.at === null ? null : new Date(r.at),
  };
}

/**
 * The subjects of the events a filter counts in the week, latest first, each once, with their
 * owner now (whose record it is decides who may see it; a record since deleted is nobody's).
 */
async function eventSubjects(tx: Db, week: DrillWeek, filter: Filter, limit: number) {
  const tz = week.timezone;
  const subject: SQL = filter.event.startsWith('deal.')
    ? sql`'deal'`
    : filter.event.startsWith('lead.')
      ? sql`'lead'`
      : sql`'activity'`;
  const owner = sql`coalesce(d.owner_id, a.owner_id, l.owner_id)`;
  const rows = await rawRows<Row>(
    tx,
    sql`select k.kind, k.id, coalesce(d.title, a.subject, l.name, k.name) as title,
        coalesce(a.deal_id, d.id) as deal_id, ${owner} as owner_id, k.at
      from (
        select ${subject} as kind,
          case ${subject} when 'deal' then e.deal_id when 'lead' then e.lead_id
            else e.activity_id end as id,
          max(e.owner_id::text)::uuid as owner_id, max(e.occurred_at) as at,
          max(e.payload->>'name') as name
        from events e
        where e.workspace_id = ${week.workspaceId}::uuid and ${typeIn('e', filter)}
          and e.occurred_at >= (${week.weekStart}::date)::timestamp at time zone ${tz}
          and e.occurred_at < (${week.weekStart}::date + 7)::timestamp at time zone ${tz}
          and ${allOf(dimensionConditions(week.workspaceId, filter.where, 'e'))}
        group by 1, 2
      ) k
      left join deals d on k.kind = 'deal' and d.workspace_id = ${week.workspaceId}::uuid
        and d.id = k.id
      left join activities a on k.kind = 'activity' and a.workspace_id = ${week.workspaceId}::uuid
        and a.id = k.id
      left join leads l on k.kind = 'lead' and l.workspace_id = ${week.workspaceId}::uuid
        and l.id = k.id
      where k.id is not null and ${within(week, owner)}
      order by k.at desc, k.id
      limit ${limit}`,
  );
  return rows.map(toItem);
}

async function stateItems(
  tx: Db,
  week: DrillWeek,
  metric: Extract<Metric, { state: string }>,
  limit: number,
) {
  if (!week.current) return [];
  const source = stateSource(week.workspaceId, metric.state, metric.where, week.now);
  const select =
    source.subject === 'deal'
      ? sql`select 'deal' as kind, d.id, d.title, d.id as deal_id, d.owner_id,
          d.stage_entered_at as at`
      : source.subject === 'lead'
        ? sql`select 'lead' as kind, l.id, l.name as title, l.converted_deal_id as deal_id,
          l.owner_id, l.created_at as at`
        : sql`select 'activity' as kind, a.id, a.subject as title, a.deal_id, a.owner_id,
          a.due_at as at`;
  const [order, owner] =
    source.subject === 'deal'
      ? [sql`d.stage_entered_at`, sql`d.owner_id`]
      : source.subject === 'lead'
        ? [sql`l.created_at`, sql`l.owner_id`]
        : [sql`a.due_at`, sql`a.owner_id`];
  const rows = await rawRows<Row>(
    tx,
    sql`${select} from ${source.from} where ${source.where} and ${within(week, owner)}
      order by ${order} limit ${limit}`,
  );
  return rows.map(toItem);
}

/**
 * What stands behind a lamp's reading in a week: the deals, leads or activities its metric
 * counts (a ratio: its numerator), so a red lamp leads straight to the work behind it — those
 * the reader may see (the reading itself is the whole workspace's: ADR 033).
 */
export async function drillIntoMetric(
  tx: Db,
  week: DrillWeek,
  metric: Metric,
  limit: number,
): Promise<DrillItem[]> {
  if ('count' in metric) return eventSubjects(tx, week, metric.count, limit);
  if ('sum' in metric) return eventSubjects(tx, week, metric.sum, limit);
  if ('median' in metric) return eventSubjects(tx, week, metric.median, limit);
  if ('ratio' in metric) return drillIntoMetric(tx, week, metric.ratio.of, limit);
  if ('state' in metric) return stateItems(tx, week, metric, limit);
  return [];
}
