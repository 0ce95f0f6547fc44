import type { LeadRow } from '../db/leads-repo.ts';
import { normalizeContactPoints } from '../../accounts/index.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { openLead, type NewLeadFields } from './open-lead.ts';

export type CreateLeadInput = Omit<NewLeadFields, 'message'>;

/** POST /leads: a lead entered by hand or by an integration. */
export async function createLead(
  input: CreateLeadInput,
  { actor, tx, clock }: Deps,
): Promise<LeadRow> {
  const fields = await normalizeContactPoints(tx, actor.workspaceId, input);
  return openLead(tx, actor.workspaceId, fields, actor.userId, clock.now());
}
