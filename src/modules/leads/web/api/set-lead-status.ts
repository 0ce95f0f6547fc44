import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { LeadTarget } from '../lead-status.ts';
import type { Lead } from './types.ts';

/** `POST /leads/{id}/status`: a step forward on the qualification ladder. */
export function setLeadStatus(lead: Lead, status: LeadTarget) {
  return unwrap(api.POST('/api/v1/leads/{id}/status', { ...versioned(lead), body: { status } }));
}
