import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../../../kernel/db/connection.ts';
import { cachedRead, forgetReads } from '../../../kernel/db/read-cache.ts';
import { deals, pipelines, stages, type StoredCriterion } from './schema.ts';

export interface StageRecord {
  id: string;
  name: string;
  order: number;
  goal: string;
  probability: number;
  rotDays: number | null;
  role: string | null;
  optional: boolean;
  guidance: string;
  exitCriteria: StoredCriterion[];
}

export interface PipelineRecord {
  id: string;
  name: string;
  order: number;
  stages: StageRecord[];
  createdAt: Date;
  updatedAt: Date;
  version: number;
}

type StageRow = typeof stages.$inferSelect;
type PipelineRow = typeof pipelines.$inferSelect;

function toStage(row: StageRow): StageRecord {
  return {
    id: row.id,
    name: row.name,
    order: row.position,
    goal: row.goal,
    probability: row.probability,
    rotDays: row.rotDays,
    role: row.role,
    optional: row.optional,
    guidance: row.guidance,
    exitCriteria: row.exitCriteria,
  };
}

function toPipeline(row: PipelineRow, stageRows: StageRow[]): PipelineRecord {
  return {
    id: row.id,
    name: row.name,
    order: row.position,
    stages: stageRows.filter((s) => s.pipelineId === row.id).map(toStage),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    version: row.version,
  };
}

async function stagesOf(tx: Db, workspaceId: string, pipelineIds: string[]) {
  if (pipelineIds.length === 0) return [];
  return tx
    .select()
    .from(stages)
    .where(and(eq(stages.workspaceId, workspaceId), inArray(stages.pipelineId, pipelineIds)))
    .orderBy(asc(stages.position), asc(stages.id));
}

/** A pipeline with its stages in order: one round trip (a join), as deal moves load it. */
export async function findPipeline(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<PipelineRecord | null> {
  return cachedRead(tx, `pipeline:${workspaceId}:${id}`, () => readPipeline(tx, workspaceId, id));
}

async function readPipeline(
  tx: Db,
  workspaceId: string,
  id: string,
): Promise<PipelineRecord | null> {
  const rows = await tx
    .select({ pipeline: pipelines, stage: stages })
    .from(pipelines)
    .leftJoin(
      stages,
      and(eq(stages.workspaceId, pipelines.workspaceId), eq(stages.pipelineId, pipelines.id)),
    )
    .where(and(eq(pipelines.workspaceId, workspaceId), eq(pipelines.id, id)))
    .orderBy(asc(stages.position), asc(stages.id));
  const first = rows[0];
  if (!first) return null;
  return toPipeline(
    first.pipeline,
    rows.flatMap((r) => (r.stage ? [r.stage] : [])),
  );
}

export async function listPipelines(tx: Db, workspaceId: string): Promise<PipelineRecord[]> {
  const rows = await tx
    .select()
    .from(pipelines)
    .where(eq(pipelines.workspaceId, workspaceId))
    .orderBy(asc(pipelines.position), asc(pipelines.id));
  const stageRows = await stagesOf(
    tx,
    workspaceId,
    rows.map((r) => r.id),
  );
  return rows.map((r) => toPipeline(r, stageRows));
}

export async function nextPipelinePosition(tx: Db, workspaceId: string): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`coalesce(max(${pipelines.position}) + 1, 0)::int` })
    .from(pipelines)
    .where(eq(pipelines.workspaceId, workspaceId));
  return row?.n ?? 0;
}

export async function insertPipeline(
  tx: Db,
  row: { workspaceId: string; id: string; name: string; position: number; now: Date },
) {
  await tx.insert(pipelines).values({
    workspaceId: row.workspaceId,
    id: row.id,
    name: row.name,
    position: row.position,
    createdAt: row.now,
    updatedAt: row.now,
  });
  forgetReads('pipeline');
}

/** Bumps the pipeline's version (and name); null when the expected version is stale. */
export async function touchPipeline(
  tx: Db,
  workspaceId: string,
  id: string,
  patch: { name?: string },
  expectedVersion: number | undefined,
  now: Date,
): Promise<boolean> {
  const conditions = [eq(pipelines.workspaceId, workspaceId), eq(pipelines.id, id)];
  if (expectedVersion !== undefined) conditions.push(eq(pipelines.version, expectedVersion));
  const updated = await tx
    .update(pipelines)
    .set({ ...patch, updatedAt: now, version: sql`${pipelines.version} + 1` })
    .where(and(...conditions))
    .returning({ id: pipelines.id });
  forgetReads('pipeline');
  return updated.length > 0;
}

export async function upsertStages(
  tx: Db,
  workspaceId: string,
  pipelineId: string,
  list: StageRecord[],
  now: Date,
) {
  for (const s of list) {
    const values = {
      name: s.name,
      position: s.order,
      goal: s.goal,
      probability: s.probability,
      rotDays: s.rotDays,
      role: s.role,
      optional: s.optional,
      guidance: s.guidance,
      exitCriteria: s.exitCriteria,
      updatedAt: now,
    };
    await tx
      .insert(stages)
      .values({ workspaceId, id: s.id, pipelineId, createdAt: now, ...values })
      .onConflictDoUpdate({ target: [stages.workspaceId, stages.id], set: values });
  }
  forgetReads('pipeline');
}

export async function deleteStages(tx: Db, workspaceId: string, ids: string[]) {
  if (ids.length === 0) return;
  await tx.delete(stages).where(and(eq(stages.workspaceId, workspaceId), inArray(stages.id, ids)));
  forgetReads('pipeline');
}

/** Stages among ids that hold any deal (open or closed: a closed deal reopens into its stage). */
export async function stagesHoldingDeals(
  tx: Db,
  workspaceId: string,
  ids: string[],
): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .selectDistinct({ stageId: deals.stageId })
    .from(deals)
    .where(and(eq(deals.workspaceId, workspaceId), inArray(deals.stageId, ids)));
  return rows.map((r) => r.stageId);
}
