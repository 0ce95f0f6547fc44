import { and, asc, eq, gt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import {
  checksColumn,
  nextActivityColumn,
  toDealFacts,
  type DealFactsColumns,
} from './deal-facts.ts';
import { dealConditions, type DealQuery, type DealRow, type NextActivity } from './deals-repo.ts';
import { deals, stages } from './schema.ts';
import { companies } from '../../accounts/index.ts';

/** A deal with what its view adds, as one statement reads it: checks, next step, rot days. */
export interface DealViewRow {
  deal: DealRow;
  checks: string[];
  nextActivity: NextActivity | null;
  /** Its stage's rot days (null: the stage never rots), for the stuck marker. */
  rotDays: number | null;
}

// GET /deals/{id} and GET /deals run outside a transaction (runner.read, ADR 022), which is
// only consistent when the whole answer is ONE statement: the deal, its checks and its next
// activity must come from one snapshot. So what the view adds is read by scalar subqueries in
// the select list (the same ones a move reads, deal-facts.ts), per deal row, keyed by the
// row's own columns (no parameter: the one-deal statement is prepared once, below).
function viewColumns() {
  const workspace = sql`${deals.workspaceId}`;
  const id = sql`${deals.id}`;
  return {
    deal: deals,
    checks: checksColumn(workspace, id) as SQL<DealFactsColumns['checks']>,
    next: nextActivityColumn(workspace, id) as SQL<DealFactsColumns['next']>,
    rotDays: sql<number | null>`(select ${stages.rotDays} from ${stages}
      where ${stages.workspaceId} = ${deals.workspaceId} and ${stages.id} = ${deals.stageId})`,
  };
}

type SelectedRow = { deal: DealRow; rotDays: number | null } & Pick<
  DealFactsColumns,
  'checks' | 'next'
>;

function toViewRow(row: SelectedRow): DealViewRow {
  const facts = toDealFacts(row.deal.id, {
    checks: row.checks,
    next: row.next,
    doneTypes: null,
    planned: null,
  });
  return {
    deal: row.deal,
    checks: facts.checks,
    nextActivity: facts.nextActivity,
    rotDays: row.rotDays,
  };
}

// The hottest read: prepared once per connection under a name, so PostgreSQL parses and plans
// its subqueries once, not per request.
function dealViewQuery(db: Db) {
  return db
    .select(viewColumns())
    .from(deals)
    .where(
      and(
        eq(deals.workspaceId, sql.placeholder('workspaceId')),
        eq(deals.id, sql.placeholder('id')),
      ),
    )
    .prepare('read_deal_view');
}

const dealViewQueries = new WeakMap<Db, ReturnType<typeof dealViewQuery>>();

/** One deal and what its view needs, in one statement; null when missing or not the reader's to see. */
export async function findDealViewRow(
  tx: Db,
  workspaceId: string,
  id: string,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<DealViewRow | null> {
  const narrowed = visible(deals.ownerId);
  if (narrowed) {
    const [row] = await tx
      .select(viewColumns())
      .from(deals)
      .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, id), narrowed));
    return row ? toViewRow(row) : null;
  }
  let query = dealViewQueries.get(tx);
  if (!query) dealViewQueries.set(tx, (query = dealViewQuery(tx)));
  const [row] = await query.execute({ workspaceId, id });
  return row ? toViewRow(row) : null;
}

/** A deal of a list: its view and the name of its company, which a board card shows. */
export interface DealListRow extends DealViewRow {
  /** Null without a company, or when the reader may not see that company (record permissions). */
  companyName: string | null;
}

/**
 * The name of the deal's company as a scalar subquery, narrowed by the reader's view of
 * companies: a card then needs no request of its own per company (ADR 032).
 */
function companyNameColumn(visible: OwnerFilter): SQL<string | null> {
  const narrowed = visible(companies.ownerId);
  return sql<string | null>`(select ${companies.name} from ${companies}
      where ${companies.workspaceId} = ${deals.workspaceId} and ${companies.id} = ${deals.companyId}
      ${narrowed ? sql`and ${narrowed}` : sql``})`;
}

/** A page of deals (by id, after `afterId`) and what their views need, in one statement. */
export async function listDealViewRows(
  tx: Db,
  workspaceId: string,
  q: DealQuery,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<DealListRow[]> {
  const conditions = dealConditions(workspaceId, q);
  const narrowed = visible(deals.ownerId);
  if (narrowed) conditions.push(narrowed);
  if (q.afterId) conditions.push(gt(deals.id, q.afterId));
  const rows = await tx
    .select({ ...viewColumns(), companyName: companyNameColumn(visible) })
    .from(deals)
    .where(and(...conditions))
    .orderBy(asc(deals.id))
    .limit(q.limit);
  return rows.map((row) => ({ ...toViewRow(row), companyName: row.companyName }));
}
