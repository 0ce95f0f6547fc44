// The two statements of a deal move on the hot path (ADR "move deal round trips"): one read of
// everything the move decides on, one write of the move with its events and rollup.
import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import type { OwnerFilter } from '../../../kernel/db/owner-filter.ts';
import {
  EVENT_COLUMNS,
  eventValues,
  foldIntoRollup,
  ROLLUP_SOURCE,
} from '../../../kernel/db/events/append-events.ts';
import { rawRows } from '../../../kernel/db/raw-rows.ts';
import { workspaces } from '../../identity/index.ts';
import { deals, pipelines } from './schema.ts';
import { dealFactsColumns, toDealFacts, type DealFacts } from './deal-facts.ts';
import type { DealRow } from './deals-repo.ts';
import type { NewEvent } from '../../../kernel/db/events/new-event.ts';

export interface DealMoveSnapshot {
  deal: DealRow;
  /** Whether the reader may change this deal (their edit scope, decided in the same read). */
  editable: boolean;
  workspace: typeof workspaces.$inferSelect;
  pipelineVersion: number;
  pipelineUpdatedAt: Date;
  facts: DealFacts;
}

/**
 * The deal, its workspace, its pipeline's version and its gate facts, in one statement and so
 * from one snapshot, without a lock: the write that follows is guarded by the deal's version.
 */
export async function readDealForMove(
  tx: Db,
  workspaceId: string,
  id: string,
  now: Date,
  editable: OwnerFilter,
): Promise<DealMoveSnapshot | null> {
  const f = dealFactsColumns(workspaceId, sql`${deals.id}`, sql`${deals.stageEnteredAt}`, now);
  const [row] = await tx
    .select({
      deal: deals,
      workspace: workspaces,
      pipelineVersion: pipelines.version,
      pipelineUpdatedAt: pipelines.updatedAt,
      checks: sql<string[] | null>`${f.checks}`,
      doneTypes: sql<string[] | null>`${f.doneTypes}`,
      planned: sql<boolean | null>`${f.planned}`,
      next: sql<{ id: string; type: string; dueAt: string | null } | string | null>`${f.next}`,
      editable: sql<boolean>`${editable(deals.ownerId) ?? sql`true`}`,
    })
    .from(deals)
    .innerJoin(workspaces, eq(workspaces.id, deals.workspaceId))
    .innerJoin(
      pipelines,
      and(eq(pipelines.workspaceId, deals.workspaceId), eq(pipelines.id, deals.pipelineId)),
    )
    .where(and(eq(deals.workspaceId, workspaceId), eq(deals.id, id)));
  if (!row) return null;
  const { deal, workspace, pipelineVersion, pipelineUpdatedAt, editable: mayEdit, ...facts } = row;
  return {
    deal,
    editable: mayEdit,
    workspace,
    pipelineVersion,
    pipelineUpdatedAt,
    facts: toDealFacts(deal.id, facts),
  };
}

/**
 * Moves the deal to `stageId` only if it is still at `version`, appending `events` and folding
 * them into the rollup, in one statement (atomic without a transaction). The events are
 * inserted only when the update matched. Null when the deal changed since it was read.
 */
export async function moveDealIfUnchanged(
  tx: Db,
  workspaceId: string,
  id: string,
  version: number,
  stageId: string,
  events: NewEvent[],
  now: Date,
): Promise<DealRow | null> {
  const at = sql`${now.toISOString()}::timestamptz`;
  const [row] = await rawRows<Record<string, unknown>>(
    tx,
    sql`with moved as (
      update deals set stage_id = ${stageId}::uuid, stage_entered_at = ${at}, updated_at = ${at},
        version = version + 1
      where workspace_id = ${workspaceId}::uuid and id = ${id}::uuid and version = ${version}::int
      returning *
    ), appended as (
      insert into events (${EVENT_COLUMNS})
      select * from (values ${eventValues(workspaceId, events)}) as v
      where exists (select 1 from moved)
      returning ${ROLLUP_SOURCE}
    ), folded as (${foldIntoRollup(workspaceId)})
    select * from moved`,
  );
  return row ? dealFromColumns(row) : null;
}

/** A `deals` row as the driver answers `select *` (column names), as Drizzle would map it. */
function dealFromColumns(row: Record<string, unknown>): DealRow {
  const mapped: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(getTableColumns(deals))) {
    const value = row[column.name];
    mapped[key] = value === null || value === undefined ? null : column.mapFromDriverValue(value);
  }
  return mapped as DealRow;
}
