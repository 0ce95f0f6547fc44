import { findContact } from '../../db/accounts/contacts-repo.ts';
import { notFound } from '../../domain/errors.ts';
import type { Contact } from '../../domain/accounts/company.ts';
import type { Deps } from '../context.ts';

export async function getContact(
  input: { contactId: string },
  { actor, tx }: Deps,
): Promise<Contact> {
  const contact = await findContact(tx, actor.workspaceId, input.contactId);
  if (!contact) throw notFound('contact');
  return contact;
}
