import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { audit } from '../../../../kernel/app/audit.ts';
import { changedFields } from '../../../../kernel/domain/changed-fields.ts';
import {
  findDisqualificationReason,
  updateDisqualificationReason as updateRow,
  type DisqualificationReasonPatch,
  type DisqualificationReasonRow,
} from '../../db/disqualification-reasons-repo.ts';
import { disqualificationReasonSubject } from './create-disqualification-reason.ts';

export interface UpdateDisqualificationReasonInput extends DisqualificationReasonPatch {
  reasonId: string;
  expectedVersion?: number;
}

/** Edits a reason; `active: false` retires it (it stays on the leads it closed). */
export async function updateDisqualificationReason(
  input: UpdateDisqualificationReasonInput,
  { actor, tx, clock }: Deps,
): Promise<DisqualificationReasonRow> {
  requireManager(actor);
  const { reasonId, expectedVersion, ...patch } = input;
  if (!(await findDisqualificationReason(tx, actor.workspaceId, reasonId))) {
    throw notFound('disqualification reason');
  }
  const updated = await updateRow(
    tx,
    actor.workspaceId,
    reasonId,
    patch,
    expectedVersion,
    clock.now(),
  );
  if (!updated) {
    throw new DomainError(
      'version_conflict',
      'This disqualification reason was changed by someone else.',
    );
  }
  await audit(
    { actor, tx, clock },
    {
      action: 'disqualification_reason.updated',
      subject: disqualificationReasonSubject(updated),
      details: { fields: changedFields(input, ['reasonId']) },
    },
  );
  return updated;
}
