import {
  deleteStages,
  findPipeline,
  stagesHoldingDeals,
  touchPipeline,
  upsertStages,
  type PipelineRecord,
} from '../../db/pipelines-repo.ts';
import { forgetStagesInLostReasons } from '../../db/lost-reasons-repo.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { draftStages, type StageInput } from './stage-drafts.ts';
import { audit } from '../../../../kernel/app/audit.ts';
import { changedFields } from '../../../../kernel/domain/changed-fields.ts';
import { pipelineSubject } from './create-pipeline.ts';

export interface UpdatePipelineInput {
  pipelineId: string;
  expectedVersion?: number;
  name?: string;
  /** The complete new list: stages with an id are kept (edited, reordered), others are new. */
  stages?: StageInput[];
}

export async function updatePipeline(
  input: UpdatePipelineInput,
  { actor, tx, clock }: Deps,
): Promise<PipelineRecord> {
  requireManager(actor);
  const current = await findPipeline(tx, actor.workspaceId, input.pipelineId);
  if (!current) throw notFound('pipeline');
  const now = clock.now();
  const touched = await touchPipeline(
    tx,
    actor.workspaceId,
    current.id,
    input.name === undefined ? {} : { name: input.name },
    input.expectedVersion,
    now,
  );
  if (!touched)
    throw new DomainError('version_conflict', 'This pipeline was changed by someone else.');
  if (input.stages) {
    const drafts = draftStages(input.stages, current.stages);
    const kept = new Set(drafts.map((s) => s.id));
    const removed = current.stages.filter((s) => !kept.has(s.id));
    const inUse = await stagesHoldingDeals(
      tx,
      actor.workspaceId,
      removed.map((s) => s.id),
    );
    if (inUse.length > 0) {
      const names = removed.filter((s) => inUse.includes(s.id)).map((s) => s.name);
      throw new DomainError(
        'stage_in_use',
        `These stages hold deals and cannot be removed: ${names.join(', ')}.`,
        {
          stageIds: inUse,
        },
      );
    }
    await deleteStages(
      tx,
      actor.workspaceId,
      removed.map((s) => s.id),
    );
    await forgetStagesInLostReasons(
      tx,
      actor.workspaceId,
      removed.map((s) => s.id),
    );
    await upsertStages(tx, actor.workspaceId, current.id, drafts, now);
  }
  const updated = (await findPipeline(tx, actor.workspaceId, current.id))!;
  // Stages and their exit criteria (the gates) change with the pipeline: one entry says which.
  await audit(
    { actor, tx, clock },
    {
      action: 'pipeline.updated',
      subject: pipelineSubject(updated),
      details: {
        fields: changedFields(input, ['pipelineId']),
        stagesBefore: current.stages.length,
        stagesAfter: updated.stages.length,
      },
    },
  );
  return updated;
}
