import { findLead, type LeadRow } from '../db/leads-repo.ts';
import { visibleOwners } from '../../identity/index.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function getLead(input: { leadId: string }, { actor, tx }: Deps): Promise<LeadRow> {
  const lead = await findLead(tx, actor.workspaceId, input.leadId, false, visibleOwners(actor));
  if (!lead) throw notFound('lead');
  return lead;
}
