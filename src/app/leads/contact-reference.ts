import type { Db } from '../../db/connection.ts';
import { findContact } from '../../db/accounts/contacts-repo.ts';
import { validationError } from '../../domain/errors.ts';

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
