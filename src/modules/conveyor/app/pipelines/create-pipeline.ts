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
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { draftStages, type StageInput } from './stage-drafts.ts';
import { audit } from '../../../../kernel/app/audit.ts';

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
  const pipeline = await insertPipelineWithStages(tx, actor.workspaceId, input, clock.now());
  await audit(
    { actor, tx, clock },
    {
      action: 'pipeline.created',
      subject: pipelineSubject(pipeline),
      details: { stages: pipeline.stages.length },
    },
  );
  return pipeline;
}

/** A pipeline as the audit log names it. */
export const pipelineSubject = (pipeline: { id: string; name: string }) =>
  ({ kind: 'pipeline', id: pipeline.id, label: pipeline.name }) as const;
