import type { Db } from '../../../../kernel/db/connection.ts';
import {
  findPipeline,
  insertPipeline,
  nextPipelinePosition,
  upsertStages,
  type PipelineRecord,
} from '../../db/pipelines-repo.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from './require-manager.ts';
import { draftStages, type StageInput } from './stage-drafts.ts';

export interface PipelineInput {
  name: string;
  stages: StageInput[];
}

/** Also used by workspace templates, which run before anyone can be an actor. */
export async function insertPipelineWithStages(
  tx: Db,
  workspaceId: string,
  input: PipelineInput,
  now: Date,
): Promise<PipelineRecord> {
  const id = newId();
  const position = await nextPipelinePosition(tx, workspaceId);
  await insertPipeline(tx, { workspaceId, id, name: input.name, position, now });
  await upsertStages(tx, workspaceId, id, draftStages(input.stages), now);
  return (await findPipeline(tx, workspaceId, id))!;
}

export async function createPipeline(
  input: PipelineInput,
  { actor, tx, clock }: Deps,
): Promise<PipelineRecord> {
  requireManager(actor);
  return insertPipelineWithStages(tx, actor.workspaceId, input, clock.now());
}
