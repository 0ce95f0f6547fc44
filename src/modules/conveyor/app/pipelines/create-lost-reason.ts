import { insertLostReason, type LostReasonRow } from '../../db/lost-reasons-repo.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { checkedStageIds } from './lost-reason-stages.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { audit } from '../../../../kernel/app/audit.ts';

export interface LostReasonInput {
  name: string;
  /** When to use this reason: shown to whoever loses a deal. */
  standard: string;
  stageIds?: string[] | null;
  /** Warm: losing a deal for it plans a revisit after this many days; null: cold. */
  revisitDays?: number | null;
}

export async function createLostReason(
  input: LostReasonInput,
  { actor, tx, clock }: Deps,
): Promise<LostReasonRow> {
  requireManager(actor);
  const now = clock.now();
  const reason = await insertLostReason(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    name: input.name,
    standard: input.standard,
    stageIds: (await checkedStageIds(tx, actor.workspaceId, input.stageIds)) ?? null,
    revisitDays: input.revisitDays ?? null,
    createdAt: now,
    updatedAt: now,
  });
  await audit(
    { actor, tx, clock },
    { action: 'loss_reason.created', subject: lostReasonSubject(reason) },
  );
  return reason;
}

/** A loss reason as the audit log names it. */
export const lostReasonSubject = (reason: { id: string; name: string }) =>
  ({ kind: 'loss_reason', id: reason.id, label: reason.name }) as const;
