import type { Db } from '../../../../kernel/db/connection.ts';
import { findCompany } from '../../../accounts/index.ts';
import { findContact } from '../../../accounts/index.ts';
import { validationError, type FieldError } from '../../../../kernel/domain/errors.ts';
import { assertMember } from '../../../identity/index.ts';

/** Company, contact and owner of a deal must exist in its workspace. */
export async function assertDealReferences(
  tx: Db,
  workspaceId: string,
  refs: { companyId?: string | null; contactId?: string | null; ownerId?: string | null },
) {
  const errors: FieldError[] = [];
  if (refs.companyId && !(await findCompany(tx, workspaceId, refs.companyId))) {
    errors.push({ path: 'companyId', message: 'No such company in this workspace' });
  }
  if (refs.contactId && !(await findContact(tx, workspaceId, refs.contactId))) {
    errors.push({ path: 'contactId', message: 'No such contact in this workspace' });
  }
  if (errors.length > 0) throw validationError(errors);
  await assertMember(tx, workspaceId, refs.ownerId, 'ownerId');
}
