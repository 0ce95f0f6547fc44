import { listLeads as listRows, type LeadQuery, type LeadRow } from '../db/leads-repo.ts';
import { visibleOwners } from '../../identity/index.ts';
import type { Page } from '../../../kernel/db/pagination.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export type ListLeadsInput = LeadQuery;

/** The leads inbox, newest first, with its filters. */
export async function listLeads(
  input: ListLeadsInput,
  { actor, tx }: Deps,
): Promise<Page<LeadRow>> {
  return listRows(tx, actor.workspaceId, input, visibleOwners(actor));
}
