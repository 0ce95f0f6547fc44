import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Lead } from './types.ts';

/** `POST /leads/{id}/disqualify`: closes the lead with a reason. */
export function disqualifyLead(lead: Lead, reason: string) {
  return unwrap(
    api.POST('/api/v1/leads/{id}/disqualify', { ...versioned(lead), body: { reason } }),
  );
}
