import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Lead } from './types.ts';

/** `POST /leads/{id}/disqualify`: closes the lead with a reason from the list. */
export function disqualifyLead(lead: Lead, reasonId: string, comment: string | null) {
  return unwrap(
    api.POST('/api/v1/leads/{id}/disqualify', {
      ...versioned(lead),
      body: { reasonId, ...(comment ? { comment } : {}) },
    }),
  );
}
