import { newId } from '../../../../kernel/db/ids.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireManager } from '../../../../kernel/app/require-manager.ts';
import { audit } from '../../../../kernel/app/audit.ts';
import {
  insertDisqualificationReasons,
  type DisqualificationReasonRow,
} from '../../db/disqualification-reasons-repo.ts';

export interface DisqualificationReasonInput {
  name: string;
  /** When to use this reason: shown to whoever disqualifies a lead. */
  standard: string;
  /** Warm: revisit the lead after this many days; null: a cold reason. */
  revisitDays?: number | null;
}

export async function createDisqualificationReason(
  input: DisqualificationReasonInput,
  { actor, tx, clock }: Deps,
): Promise<DisqualificationReasonRow> {
  requireManager(actor);
  const now = clock.now();
  const [reason] = await insertDisqualificationReasons(tx, actor.workspaceId, [
    {
      id: newId(),
      name: input.name,
      standard: input.standard,
      revisitDays: input.revisitDays ?? null,
      createdAt: now,
      updatedAt: now,
    },
  ]);
  await audit(
    { actor, tx, clock },
    { action: 'disqualification_reason.created', subject: disqualificationReasonSubject(reason!) },
  );
  return reason!;
}

/** A disqualification reason as the audit log names it. */
export const disqualificationReasonSubject = (reason: { id: string; name: string }) =>
  ({ kind: 'disqualification_reason', id: reason.id, label: reason.name }) as const;
