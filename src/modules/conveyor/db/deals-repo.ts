import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { EVERY_OWNER, type OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import { memberships, workspaces } from '../../identity/index.ts';
import { dealChecks, deals, stages } from './schema.ts';
import { stuckSql } from './stuck-sql.ts';

export type DealRow = typeof deals.$inferSelect;
export type DealInsert = typeof deals.$inferInsert;
export type DealPatch = Partial<
  Pick<
    DealRow,
    | 'title'
    | 'value'
    | 'currency'
    | 'companyId'
    | 'contactId'
    | 'ownerId'
    | 'expectedCloseDate'
    | 'stageId'
    | 'stageEnteredAt'
    | 'status'
    | 'closedAt'
    | 'lostReasonId'
    | 'closeComment'
  >
>;

export async function insertDeal(tx: Db, row: DealInsert): Promise<DealRow> {
  const [created] = await tx.insert(deals).values(row).returning();
  return created!;
}

/** Reads a deal; `lock` takes a row lock so concurrent moves of one deal run one after another. */
export async function findDeal(
  tx: Db,
  workspaceId: string,
  id: string,
  lock = false,
  visible: OwnerFilter = EVERY_OWNER,
): Promise<DealRow | null> {
  const query = tx
    .select()
    .from(deals)
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, id), visible(deals.ownerId)));
  const [row] = lock ? await query.for('update') : await query;
  return row ?? null;
}

/** The deal under a row lock (concurrent changes queue up) with its workspace, in one query. */
export async function findDealForChange(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<{ deal: DealRow; workspace: typeof workspaces.$inferSelect } | null> {
  const [row] = await tx
    .select({ deal: deals, workspace: workspaces })
    .from(deals)
    .innerJoin(workspaces, eq(workspaces.id, deals.workspaceId))
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, id)))
    .for('update', { of: deals });
  return row ?? null;
}

export async function updateDeal(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: DealPatch,
  expectedVersion: number | undefined,
  now: Date,
): Promise<DealRow | null> {
  const conditions = [eq(deals.workspaceId, workspaceId), eq(deals.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(deals.version, expectedVersion));
  const [row] = await tx
    .update(deals)
    .set({ ...patch, updatedAt: now, version: sql`${deals.version} + 1` })
    .where(and(...conditions))
    .returning();
  return row ?? null;
}

export interface DealQuery {
  pipelineId: string | null;
  stageId: string | null;
  status: string | null;
  ownerId: string | null;
  /** Owners in this team. */
  teamId: string | null;
  /** true: only stuck deals; false: only deals that are not stuck. */
  stuck: boolean | null;
  /** true: only deals without a not-completed activity; false: only deals with one. */
  noNextActivity: boolean | null;
  now: Date;
  afterId: string | null;
  limit: number;
}

/** An open deal stuck in its stage (the rule of ./stuck-sql.ts). */
function stuckCondition(now: Date): SQL {
  const rotDays = sql`(select ${stages.rotDays} from ${stages} where ${stages.workspaceId} = ${deals.workspaceId} and ${stages.id} = ${deals.stageId})`;
  return sql`(${deals.status} = 'open' and ${stuckSql(deals, rotDays, now)})`;
}

/**
 * The deal has a planned (not completed) activity: the same rule as its `nextActivity`, read
 * from the column the activities trigger keeps (ADR 020).
 */
function hasNextActivity(): SQL {
  return sql`${deals.nextActivityAt} is not null`;
}

function ownerInTeam(teamId: string): SQL {
  return sql`${deals.ownerId} in (select ${memberships.userId} from ${memberships} where ${memberships.workspaceId} = ${deals.workspaceId} and ${memberships.teamId} = ${teamId}::uuid)`;
}

/** The filters of a deal query (all but paging) as SQL conditions, workspace first. */
export function dealConditions(
  workspaceId: string,
  q: Omit<DealQuery, 'afterId' | 'limit'>,
): SQL[] {
  const conditions: SQL[] = [eq(deals.workspaceId, workspaceId)];
  if (q.pipelineId) conditions.push(eq(deals.pipelineId, q.pipelineId));
  if (q.stageId) conditions.push(eq(deals.stageId, q.stageId));
  if (q.status) conditions.push(eq(deals.status, q.status));
  if (q.ownerId) conditions.push(eq(deals.ownerId, q.ownerId));
  if (q.teamId) conditions.push(ownerInTeam(q.teamId));
  if (q.stuck !== null) {
    const stuck = stuckCondition(q.now);
    conditions.push(q.stuck ? stuck : sql`not ${stuck}`);
  }
  if (q.noNextActivity !== null) {
    conditions.push(q.noNextActivity ? sql`not ${hasNextActivity()}` : hasNextActivity());
  }
  return conditions;
}

export async function setCheck(
  tx: Db,
  row: { workspaceId: string; dealId: string; criterionId: string; doneBy: string; doneAt: Date },
  done: boolean,
) {
  if (done) {
    await tx.insert(dealChecks).values(row).onConflictDoNothing();
  } else {
    await tx
      .delete(dealChecks)
      .where(
        and(
          eq(dealChecks.workspaceId, row.workspaceId),
          eq(dealChecks.dealId, row.dealId),
          eq(dealChecks.criterionId, row.criterionId),
        ),
      );
  }
}

export interface NextActivity {
  dealId: string;
  id: string;
  type: string;
  dueAt: Date | null;
}
