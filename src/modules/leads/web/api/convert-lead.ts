import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Conversion, Lead } from './types.ts';

/** `POST /leads/{id}/convert`: a sales-qualified lead becomes a deal; answers both. */
export function convertLead(lead: Lead, body: Conversion) {
  return unwrap(api.POST('/api/v1/leads/{id}/convert', { ...versioned(lead), body }));
}
