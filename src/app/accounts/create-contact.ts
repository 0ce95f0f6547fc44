import { appendEvents } from '../../db/events/append-events.ts';
import { newId } from '../../db/ids.ts';
import { findContactDuplicate, insertContact } from '../../db/accounts/contacts-repo.ts';
import { uniqueViolation } from '../../db/unique-violation.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Contact } from '../../domain/accounts/company.ts';
import type { Deps } from '../context.ts';
import { assertMember } from '../identity/member-references.ts';
import { assertCompanyExists } from './company-reference.ts';
import { duplicateError, normalizeContactPoints } from './contact-points.ts';

export interface ContactFields {
  name: string;
  email?: string | null;
  phone?: string | null;
  jobTitle?: string | null;
  companyId?: string | null;
  ownerId?: string | null;
}

export async function createContact(
  input: ContactFields,
  { actor, tx, clock }: Deps,
): Promise<Contact> {
  const fields = await normalizeContactPoints(tx, actor.workspaceId, input);
  await assertMember(tx, actor.workspaceId, fields.ownerId, 'ownerId');
  await assertCompanyExists(tx, actor.workspaceId, fields.companyId);
  const keys = { email: fields.email ?? null, phone: fields.phone ?? null };
  const existing = await findContactDuplicate(tx, actor.workspaceId, keys, null);
  if (existing) throw duplicateError('contact', existing, keys);
  const now = clock.now();
  let contact: Contact;
  try {
    contact = await insertContact(tx, {
      workspaceId: actor.workspaceId,
      id: newId(),
      name: fields.name,
      email: keys.email,
      phone: keys.phone,
      jobTitle: fields.jobTitle ?? null,
      companyId: fields.companyId ?? null,
      ownerId: fields.ownerId === undefined ? actor.userId : fields.ownerId,
      createdAt: now,
      updatedAt: now,
    });
  } catch (error) {
    if (uniqueViolation(error))
      throw new DomainError('duplicate', 'A contact with this e-mail or phone already exists.');
    throw error;
  }
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'contact.created',
      occurredAt: now,
      actorId: actor.userId,
      contactId: contact.id,
      companyId: contact.companyId,
      ownerId: contact.ownerId,
    },
  ]);
  return contact;
}
