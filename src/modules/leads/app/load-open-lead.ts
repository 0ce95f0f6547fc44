import type { Db } from '../../../kernel/db/connection.ts';
import { findLead, type LeadRow } from '../db/leads-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';

/**
 * Locks a lead for a change, checking If-Match first: a stale version is 412 before any rule is
 * looked at, so the client reloads and sees why.
 */
export async function lockLead(
  tx: Db,
  workspaceId: string,
  leadId: string,
  expectedVersion: number | undefined,
): Promise<LeadRow> {
  const lead = await findLead(tx, workspaceId, leadId, true);
  if (!lead) throw notFound('lead');
  if (expectedVersion !== undefined && expectedVersion !== lead.version) {
    throw new DomainError('version_conflict', 'This lead was changed by someone else.');
  }
  return lead;
}
