import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { NewLead } from './types.ts';

/** `POST /leads`: a lead entered by hand; routed when it names no owner. */
export function createLead(body: NewLead) {
  return unwrap(api.POST('/api/v1/leads', { body }));
}
