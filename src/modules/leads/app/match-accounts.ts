import type { Db } from '../../../kernel/db/connection.ts';
import { findCompanyDuplicate } from '../../accounts/index.ts';
import { findContactDuplicate } from '../../accounts/index.ts';

/**
 * The existing contact and company a lead belongs to, found by its (normalised) e-mail or phone:
 * a lead links to them instead of duplicating them. A matched contact brings its company.
 */
export async function matchAccounts(
  tx: Db,
  workspaceId: string,
  keys: { email: string | null; phone: string | null },
): Promise<{ contactId: string | null; companyId: string | null }> {
  if (!keys.email && !keys.phone) return { contactId: null, companyId: null };
  const contact = await findContactDuplicate(tx, workspaceId, keys, null);
  const company = contact?.companyId
    ? null
    : await findCompanyDuplicate(tx, workspaceId, keys, null);
  return {
    contactId: contact?.id ?? null,
    companyId: contact?.companyId ?? company?.id ?? null,
  };
}
