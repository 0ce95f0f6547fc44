import type { Db } from '../../db/connection.ts';
import { findCompany } from '../../db/accounts/companies-repo.ts';
import { validationError } from '../../domain/errors.ts';

/** A contact's company must exist in the same workspace. */
export async function assertCompanyExists(
  tx: Db,
  workspaceId: string,
  companyId: string | null | undefined,
) {
  if (companyId && !(await findCompany(tx, workspaceId, companyId))) {
    throw validationError([{ path: 'companyId', message: 'No such company in this workspace' }]);
  }
}
