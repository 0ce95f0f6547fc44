import { findLead, updateLead as updateRow, type LeadRow } from '../db/leads-repo.ts';
import { lockRouting } from '../db/routing-repo.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import { isOpenLead } from '../domain/lead-status.ts';
import { assertCompanyExists } from '../../accounts/index.ts';
import { normalizeContactPoints } from '../../accounts/index.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManagerToReassign } from '../../../kernel/app/require-manager.ts';
import { assertMember } from '../../identity/index.ts';
import { recordAssignments } from './assignment-events.ts';
import { assertContactExists } from './contact-reference.ts';
import { lockLead } from './load-open-lead.ts';
import { matchAccounts } from './match-accounts.ts';
import { assertCanTakeLead, pickUpQueue } from './routing.ts';
import type { LeadStatus } from '../../../contract/leads.ts';

export interface UpdateLeadInput {
  leadId: string;
  expectedVersion?: number;
  name?: string;
  companyName?: string | null;
  email?: string | null;
  phone?: string | null;
  /** Null: back to the unassigned queue. */
  ownerId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
}

/**
 * Edits a lead's fields and owner. Giving it to a member at their limit is 409
 * lead_limit_reached; taking it from someone frees their capacity, so the queue is picked up.
 */
export async function updateLead(
  input: UpdateLeadInput,
  { actor, tx, clock }: Deps,
): Promise<LeadRow> {
  const { leadId, expectedVersion, ...raw } = input;
  // Routing lock before the lead's row lock, in every use case: no lock-order deadlocks.
  await lockRouting(tx, actor.workspaceId);
  const before = await lockLead(tx, actor, leadId, expectedVersion);
  const patch = await normalizeContactPoints(tx, actor.workspaceId, raw);
  await assertContactExists(tx, actor.workspaceId, patch.contactId);
  await assertCompanyExists(tx, actor.workspaceId, patch.companyId);
  requireManagerToReassign(
    actor,
    { from: before.ownerId, to: patch.ownerId },
    'Only a manager or an admin may give a lead to another owner.',
  );
  const ownerChanges = patch.ownerId !== undefined && patch.ownerId !== before.ownerId;
  if (ownerChanges && patch.ownerId) {
    if (!isOpenLead(before.status as LeadStatus)) {
      throw new DomainError('invalid_transition', 'A closed lead cannot change hands.');
    }
    await assertMember(tx, actor.workspaceId, patch.ownerId, 'ownerId');
    await assertCanTakeLead(tx, actor.workspaceId, patch.ownerId);
  }
  const contactPointsChange =
    (patch.email !== undefined && patch.email !== before.email) ||
    (patch.phone !== undefined && patch.phone !== before.phone);
  if (contactPointsChange && !before.contactId && patch.contactId === undefined) {
    const links = await matchAccounts(tx, actor.workspaceId, {
      email: patch.email === undefined ? before.email : patch.email,
      phone: patch.phone === undefined ? before.phone : patch.phone,
    });
    patch.contactId = links.contactId;
    if (!before.companyId && patch.companyId === undefined) patch.companyId = links.companyId;
  }
  const now = clock.now();
  const updated = await updateRow(tx, actor.workspaceId, leadId, patch, undefined, now);
  if (ownerChanges) {
    const change = { lead: updated!, fromOwnerId: before.ownerId };
    await recordAssignments(tx, actor.workspaceId, [change], 'manual', actor.userId, now);
  }
  if (ownerChanges && before.ownerId && isOpenLead(before.status as LeadStatus)) {
    await pickUpQueue(tx, actor.workspaceId, actor.userId, now);
    // The queue may have handed this very lead (released to it) to someone at once.
    return (await findLead(tx, actor.workspaceId, leadId))!;
  }
  return updated!;
}
