import type { Db } from '../../../kernel/db/connection.ts';
import { findPipeline, type PipelineRecord } from './pipelines-repo.ts';

// Pipelines (stages and their exit criteria) are read on every move but change rarely, and
// every change bumps the pipeline's version (updatePipeline touches it before it touches a
// stage). An entry is used only when the caller saw the same version and update time in the
// database in the statement it just ran, so a stale entry is never used, in any process.
const MAX_ENTRIES = 1_000;
const cache = new Map<string, PipelineRecord>();

/**
 * The pipeline as it is at `version` (last updated at `updatedAt`), from memory when it was
 * loaded at that version before. The record is shared: callers must not mutate it.
 */
export async function pipelineAtVersion(
  tx: Db,
  workspaceId: string,
  id: string,
  version: number,
  updatedAt: Date,
): Promise<PipelineRecord | null> {
  const key = `${workspaceId}/${id}`;
  const hit = cache.get(key);
  if (hit && hit.version === version && hit.updatedAt.getTime() === updatedAt.getTime()) {
    return hit;
  }
  const loaded = await findPipeline(tx, workspaceId, id);
  if (loaded) {
    // Crude bound: a workspace has a handful of pipelines; clearing now and then costs one read.
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, loaded);
  }
  return loaded;
}
