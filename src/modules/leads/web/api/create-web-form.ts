import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { NewWebForm } from './types.ts';

/** `POST /forms`: a new web form. */
export function createWebForm(body: NewWebForm) {
  return unwrap(api.POST('/api/v1/forms', { body }));
}
