import type { Db } from '../../../kernel/db/connection.ts';
import { findLead, type LeadRow } from '../db/leads-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Actor } from '../../../kernel/app/context.ts';
import { requireEditable } from '../../identity/index.ts';

/**
 * Locks a lead for a change by the actor, who must be allowed to change it; then checks If-Match:
 * a stale version is 412 before any rule of the change is looked at, so the client reloads and
 * sees why.
 */
export async function lockLead(
  tx: Db,
  actor: Actor,
  leadId: string,
  expectedVersion: number | undefined,
): Promise<LeadRow> {
  const lead = await findLead(tx, actor.workspaceId, leadId, true);
  if (!lead) throw notFound('lead');
  await requireEditable(tx, actor, lead.ownerId, 'this lead');
  if (expectedVersion !== undefined && expectedVersion !== lead.version) {
    throw new DomainError('version_conflict', 'This lead was changed by someone else.');
  }
  return lead;
}
