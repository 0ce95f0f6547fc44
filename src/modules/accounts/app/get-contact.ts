import { visibleOwners } from '../../identity/index.ts';
import { findContact } from '../db/contacts-repo.ts';
import { notFound } from '../../../kernel/domain/errors.ts';
import type { Contact } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';

export async function getContact(
  input: { contactId: string },
  { actor, tx }: Deps,
): Promise<Contact> {
  const contact = await findContact(tx, actor.workspaceId, input.contactId, visibleOwners(actor));
  if (!contact) throw notFound('contact');
  return contact;
}
