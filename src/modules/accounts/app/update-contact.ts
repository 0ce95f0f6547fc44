import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import {
  findContact,
  findContactDuplicate,
  updateContact as updateRow,
} from '../db/contacts-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Contact } from '../domain/company.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { assertMember, requireMayChange } from '../../identity/index.ts';
import { assertCompanyExists } from './company-reference.ts';
import { duplicateError, guardDuplicate, normalizeContactPoints } from './contact-points.ts';
import type { ContactFields } from './create-contact.ts';

export type UpdateContactInput = Partial<ContactFields> & {
  contactId: string;
  expectedVersion?: number;
};

export async function updateContact(
  input: UpdateContactInput,
  { actor, tx, clock }: Deps,
): Promise<Contact> {
  const { contactId, expectedVersion, ...patch } = input;
  const before = await findContact(tx, actor.workspaceId, contactId);
  if (!before) throw notFound('contact');
  await requireMayChange(tx, actor, { from: before.ownerId, to: patch.ownerId }, 'contact');
  const fields = await normalizeContactPoints(tx, actor.workspaceId, patch);
  await assertMember(tx, actor.workspaceId, fields.ownerId, 'ownerId');
  await assertCompanyExists(tx, actor.workspaceId, fields.companyId);
  const keys = { email: fields.email ?? null, phone: fields.phone ?? null };
  const existing = await findContactDuplicate(tx, actor.workspaceId, keys, contactId);
  if (existing) throw duplicateError('contact', existing, keys);
  const now = clock.now();
  const updated: Contact | null = await guardDuplicate(
    tx,
    'contact',
    keys,
    (sp) => updateRow(sp, actor.workspaceId, contactId, fields, expectedVersion, now),
    () => findContactDuplicate(tx, actor.workspaceId, keys, contactId),
  );
  if (!updated)
    throw new DomainError('version_conflict', 'This contact was changed by someone else.');
  await appendEvents(tx, actor.workspaceId, [
    {
      type: 'contact.updated',
      occurredAt: now,
      actorId: actor.userId,
      contactId,
      companyId: updated.companyId,
      ownerId: updated.ownerId,
      payload: { fields: Object.keys(fields) },
    },
  ]);
  return updated;
}
