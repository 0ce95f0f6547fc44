import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { findContactDuplicate, insertContact } from '../db/contacts-repo.ts';
import type { Contact } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { assertMember } from '../../identity/index.ts';
import { assertCompanyExists } from './company-reference.ts';
import { duplicateError, guardDuplicate, normalizeContactPoints } from './contact-points.ts';

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
  const contact: Contact = await guardDuplicate(
    tx,
    'contact',
    keys,
    (sp) =>
      insertContact(sp, {
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
      }),
    () => findContactDuplicate(tx, actor.workspaceId, keys, null),
  );
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
