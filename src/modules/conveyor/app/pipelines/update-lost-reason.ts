import {
  findLostReason,
  updateLostReason as updateRow,
  type LostReasonRow,
} from '../../db/lost-reasons-repo.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { checkedStageIds } from './lost-reason-stages.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { audit } from '../../../../kernel/app/audit.ts';
import { changedFields } from '../../../../kernel/domain/changed-fields.ts';
import { lostReasonSubject } from './create-lost-reason.ts';

export interface UpdateLostReasonInput {
  lostReasonId: string;
  expectedVersion?: number;
  name?: string;
  standard?: string;
  stageIds?: string[] | null;
  revisitDays?: number | null;
  /** false retires the reason: it stays on past deals but cannot be chosen any more. */
  active?: boolean;
}

export async function updateLostReason(
  input: UpdateLostReasonInput,
  { actor, tx, clock }: Deps,
): Promise<LostReasonRow> {
  requireManager(actor);
  const { lostReasonId, expectedVersion, stageIds, ...patch } = input;
  if (!(await findLostReason(tx, actor.workspaceId, lostReasonId))) throw notFound('loss reason');
  const checked = await checkedStageIds(tx, actor.workspaceId, stageIds);
  const updated = await updateRow(
    tx,
    actor.workspaceId,
    lostReasonId,
    { ...patch, ...(checked === undefined ? {} : { stageIds: checked }) },
    expectedVersion,
    clock.now(),
  );
  if (!updated)
    throw new DomainError('version_conflict', 'This loss reason was changed by someone else.');
  await audit(
    { actor, tx, clock },
    {
      action: 'loss_reason.updated',
      subject: lostReasonSubject(updated),
      details: { fields: changedFields(input, ['lostReasonId']) },
    },
  );
  return updated;
}
