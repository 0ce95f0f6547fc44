import { findPipeline, type PipelineRecord } from '../../db/pipelines-repo.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

export async function getPipeline(
  input: { pipelineId: string },
  { actor, tx }: Deps,
): Promise<PipelineRecord> {
  const pipeline = await findPipeline(tx, actor.workspaceId, input.pipelineId);
  if (!pipeline) throw notFound('pipeline');
  return pipeline;
}
