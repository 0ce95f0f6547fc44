import type { Db } from '../../../kernel/db/connection.ts';
import { findContact } from '../../accounts/index.ts';
import { validationError } from '../../../kernel/domain/errors.ts';

/** A referenced contact must exist in the same workspace: a foreign id reads as "not found". */
export async function assertContactExists(
  tx: Db,
  workspaceId: string,
  contactId: string | null | undefined,
) {
  if (contactId && !(await findContact(tx, workspaceId, contactId))) {
    throw validationError([{ path: 'contactId', message: 'No such contact in this workspace' }]);
  }
}
