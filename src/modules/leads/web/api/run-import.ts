import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { ImportBody } from './types.ts';

/** `POST /leads/imports`: the good rows become leads of the campaign, routed to the hunters. */
export function runImport(body: ImportBody) {
  return unwrap(api.POST('/api/v1/leads/imports', { body }));
}
