import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/** `POST /deals/{id}/lose` with `If-Match`, for a reason allowed at the deal's stage. */
export function loseDeal(
  deal: Pick<Deal, 'id' | 'version'>,
  lostReasonId: string,
  comment?: string,
): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/lose', {
      ...versioned(deal),
      body: { lostReasonId, ...(comment ? { comment } : {}) },
    }),
  );
}
