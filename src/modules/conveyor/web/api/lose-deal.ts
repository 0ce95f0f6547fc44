import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/** `POST /deals/{id}/lose` with a reason allowed at the deal's stage. */
export function loseDeal(id: string, lostReasonId: string, comment?: string): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/lose', {
      params: { path: { id } },
      body: { lostReasonId, ...(comment ? { comment } : {}) },
    }),
  );
}
