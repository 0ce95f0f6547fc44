import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Contact, NewContact } from './types.ts';

/** `POST /contacts` (a likely duplicate is refused with 409 `duplicate`). */
export function createContact(body: NewContact): Promise<Contact> {
  return unwrap(api.POST('/api/v1/contacts', { body }));
}
