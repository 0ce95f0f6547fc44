import type { Db } from '../../../kernel/db/connection.ts';
import { findCompany } from '../db/companies-repo.ts';
import { validationError } from '../../../kernel/domain/errors.ts';

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
