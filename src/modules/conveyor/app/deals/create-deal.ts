import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { findPipeline } from '../../db/pipelines-repo.ts';
import { insertDeal } from '../../db/deals-repo.ts';
import { findWorkspace } from '../../../identity/index.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import { DomainError, validationError } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
import { assertDealReferences } from './deal-references.ts';
import { dealView, type DealView } from './deal-view.ts';

export interface CreateDealInput {
  title: string;
  pipelineId: string;
  stageId?: string;
  value?: number | null;
  currency?: string;
  companyId?: string | null;
  contactId?: string | null;
  ownerId?: string | null;
  expectedCloseDate?: string | null;
  source?: { channel: string; medium?: string | null; campaign?: string | null } | null;
  /** The lead this deal was converted from (set by convert-lead, not by POST /deals). */
  leadId?: string | null;
}

/** A new deal starts in the pipeline's first stage unless another is named. */
export async function createDeal(
  input: CreateDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const pipeline = await findPipeline(tx, actor.workspaceId, input.pipelineId);
  if (!pipeline)
    throw validationError([{ path: 'pipelineId', message: 'No such pipeline in this workspace' }]);
  const stage = input.stageId
    ? pipeline.stages.find((s) => s.id === input.stageId)
    : pipeline.stages[0];
  if (!stage) {
    throw new DomainError('stage_not_in_pipeline', 'That stage is not a stage of this pipeline.', {
      stageId: input.stageId,
      pipelineId: pipeline.id,
    });
  }
  await assertDealReferences(tx, actor.workspaceId, input);
  const workspace = (await findWorkspace(tx, actor.workspaceId))!;
  const now = clock.now();
  const deal = await insertDeal(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    title: input.title,
    pipelineId: pipeline.id,
    stageId: stage.id,
    status: 'open',
    value: input.value ?? null,
    currency: input.currency ?? workspace.currency,
    companyId: input.companyId ?? null,
    contactId: input.contactId ?? null,
    ownerId: input.ownerId === undefined ? actor.userId : input.ownerId,
    expectedCloseDate: input.expectedCloseDate ?? null,
    sourceChannel: input.source?.channel ?? null,
    sourceMedium: input.source?.medium ?? null,
    sourceCampaign: input.source?.campaign ?? null,
    leadId: input.leadId ?? null,
    stageEnteredAt: now,
    createdAt: now,
    updatedAt: now,
  });
  const dims = dealDimensions(deal, workspace);
  await appendEvents(tx, actor.workspaceId, [
    { ...dims, type: 'deal.created', occurredAt: now, actorId: actor.userId },
    { ...dims, type: 'deal.stage_entered', occurredAt: now, actorId: actor.userId, amount: null },
  ]);
  return dealView(tx, deal, now);
}
