import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { WebForm, WebFormChanges } from './types.ts';

/** `PATCH /forms/{id}` with `If-Match`, switching it off included. */
export function updateWebForm(form: WebForm, body: WebFormChanges) {
  return unwrap(api.PATCH('/api/v1/forms/{id}', { ...versioned(form), body }));
}
