import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Lead, LeadChanges } from './types.ts';

/** `PATCH /leads/{id}` with `If-Match` (a stale version → 412 `version_conflict`). */
export function updateLead(lead: Lead, body: LeadChanges) {
  return unwrap(api.PATCH('/api/v1/leads/{id}', { ...versioned(lead), body }));
}
