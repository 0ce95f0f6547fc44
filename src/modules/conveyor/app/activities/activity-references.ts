import type { Db } from '../../../../kernel/db/connection.ts';
import { findCompany } from '../../../accounts/index.ts';
import { findContact } from '../../../accounts/index.ts';
import { findActivityDeal, leadExists, type ActivityDeal } from '../../db/activities-repo.ts';
import { DomainError, type FieldError } from '../../../../kernel/domain/errors.ts';
import { assertMember } from '../../../identity/index.ts';

export interface ActivityReferences {
  dealId?: string | null;
  leadId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
  ownerId?: string | null;
}

/**
 * Every referenced record must exist in the caller's workspace; a foreign or unknown id is a
 * validation error on its field (never a foreign-key failure). Returns the deal, when one is named.
 */
export async function checkActivityReferences(
  tx: Db,
  workspaceId: string,
  refs: ActivityReferences,
  errors: FieldError[],
): Promise<ActivityDeal | null> {
  const deal = refs.dealId ? await findActivityDeal(tx, workspaceId, refs.dealId) : null;
  if (refs.dealId && !deal) {
    errors.push({ path: 'dealId', message: 'No such deal in this workspace' });
  }
  if (refs.leadId && !(await leadExists(tx, workspaceId, refs.leadId))) {
    errors.push({ path: 'leadId', message: 'No such lead in this workspace' });
  }
  if (refs.contactId && !(await findContact(tx, workspaceId, refs.contactId))) {
    errors.push({ path: 'contactId', message: 'No such contact in this workspace' });
  }
  if (refs.companyId && !(await findCompany(tx, workspaceId, refs.companyId))) {
    errors.push({ path: 'companyId', message: 'No such company in this workspace' });
  }
  try {
    await assertMember(tx, workspaceId, refs.ownerId, 'ownerId');
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'validation_failed') throw error;
    errors.push(...(error.extensions.errors as FieldError[]));
  }
  return deal;
}
