import { listPipelines as listRows, type PipelineRecord } from '../../db/pipelines-repo.ts';
import type { Deps } from '../../../../kernel/app/context.ts';

export async function listPipelines(_input: void, { actor, tx }: Deps): Promise<PipelineRecord[]> {
  return listRows(tx, actor.workspaceId);
}
