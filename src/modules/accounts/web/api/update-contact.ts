import { api, type RequestBody, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Contact } from './types.ts';

export type ContactChanges = RequestBody<'/api/v1/contacts/{id}', 'patch'>;

/** `PATCH /contacts/{id}` with `If-Match`: a stale version is refused (412). */
export function updateContact(contact: Contact, body: ContactChanges): Promise<Contact> {
  return unwrap(api.PATCH('/api/v1/contacts/{id}', { ...versioned(contact), body }));
}
