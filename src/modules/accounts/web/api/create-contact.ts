import { api, type RequestBody, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Contact } from './types.ts';

export type NewContact = RequestBody<'/api/v1/contacts', 'post'>;

/** `POST /contacts` (a likely duplicate is refused with 409 `duplicate`). */
export function createContact(body: NewContact): Promise<Contact> {
  return unwrap(api.POST('/api/v1/contacts', { body }));
}
