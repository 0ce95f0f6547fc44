import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Contact, ContactChanges } from './types.ts';

/** `PATCH /contacts/{id}` with `If-Match`: a stale version is refused (412). */
export function updateContact(contact: Contact, body: ContactChanges): Promise<Contact> {
  return unwrap(
    api.PATCH('/api/v1/contacts/{id}', {
      params: { path: { id: contact.id } },
      headers: ifMatch(contact.version),
      body,
    }),
  );
}
