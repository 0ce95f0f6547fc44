import { visibleOwners } from '../../identity/index.ts';
import { listContacts as listRows } from '../db/contacts-repo.ts';
import type { Page } from '../../../kernel/db/pagination.ts';
import type { Contact } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { searchPhoneKey } from './contact-points.ts';

/** Search matches name and e-mail by substring, and phone by its E.164 form. */
export async function listContacts(
  input: { q: string | null; companyId: string | null; limit: number; cursor: string | null },
  { actor, tx }: Deps,
): Promise<Page<Contact>> {
  const phoneKey = await searchPhoneKey(tx, actor.workspaceId, input.q);
  return listRows(tx, actor.workspaceId, { ...input, phoneKey }, visibleOwners(actor));
}
