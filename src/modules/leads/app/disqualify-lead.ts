import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { lockRouting } from '../db/routing-repo.ts';
import { updateLead, type LeadRow } from '../db/leads-repo.ts';
import {
  findDisqualificationReason,
  type DisqualificationReasonRow,
} from '../db/disqualification-reasons-repo.ts';
import { assertCanDisqualify } from '../domain/lead-status.ts';
import { autoSubjects } from '../domain/auto-subjects.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { createActivity } from '../../conveyor/index.ts';
import { findWorkspace } from '../../identity/index.ts';
import { leadDimensions } from './lead-events.ts';
import { lockLead } from './load-open-lead.ts';
import { pickUpQueue } from './routing.ts';
import type { LeadStatus } from '../../../contract/leads.ts';

export interface DisqualifyLeadInput {
  leadId: string;
  /** A reason from the workspace's list; missing or unknown → disqualification_reason_invalid. */
  reasonId: string | null;
  comment?: string | null;
  expectedVersion?: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY_MS = 86_400_000;

async function activeReason(
  deps: Deps,
  reasonId: string | null,
): Promise<DisqualificationReasonRow> {
  const reason =
    reasonId && UUID.test(reasonId)
      ? await findDisqualificationReason(deps.tx, deps.actor.workspaceId, reasonId.toLowerCase())
      : null;
  if (!reason?.active) {
    throw new DomainError(
      'disqualification_reason_invalid',
      reason ? 'This reason is retired: choose one from the list' : 'Choose a reason from the list',
      { reasonId },
    );
  }
  return reason;
}

/**
 * Closes an open lead with a reason from the list; its owner's freed slot takes a lead from the
 * queue. A warm reason ("not now") plans a task for the lead's owner to revisit it.
 */
export async function disqualifyLead(input: DisqualifyLeadInput, deps: Deps): Promise<LeadRow> {
  const { actor, tx, clock } = deps;
  await lockRouting(tx, actor.workspaceId);
  const lead = await lockLead(tx, actor, input.leadId, input.expectedVersion);
  assertCanDisqualify(lead.status as LeadStatus);
  const reason = await activeReason(deps, input.reasonId);
  const now = clock.now();
  const updated = (await updateLead(
    tx,
    actor.workspaceId,
    lead.id,
    {
      status: 'disqualified',
      disqualifyReason: reason.name,
      disqualificationReasonId: reason.id,
      disqualifyComment: input.comment ?? null,
      closedAt: now,
    },
    undefined,
    now,
  ))!;
  await appendEvents(tx, actor.workspaceId, [
    {
      ...(await leadDimensions(tx, updated)),
      type: 'lead.disqualified',
      occurredAt: now,
      actorId: actor.userId,
      payload: {
        reason: reason.name,
        reasonId: reason.id,
        comment: input.comment ?? null,
        warm: reason.revisitDays !== null,
        from: lead.status,
      },
    },
  ]);
  if (reason.revisitDays !== null) await planRevisit(deps, updated, reason, now);
  if (lead.ownerId) await pickUpQueue(tx, actor.workspaceId, actor.userId, now);
  return updated;
}

/** The warm base's follow-up: a task on the lead for its owner (else whoever closed it). */
async function planRevisit(
  deps: Deps,
  lead: LeadRow,
  reason: DisqualificationReasonRow,
  now: Date,
): Promise<void> {
  const workspace = await findWorkspace(deps.tx, deps.actor.workspaceId);
  await createActivity(
    {
      type: 'task',
      subject: autoSubjects(workspace?.locale ?? 'en').revisit({
        name: lead.name,
        reason: reason.name,
      }),
      dueAt: new Date(now.getTime() + reason.revisitDays! * DAY_MS),
      leadId: lead.id,
      ownerId: lead.ownerId ?? deps.actor.userId,
    },
    deps,
  );
}
