import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/** `PUT /deals/{id}/checks/{criterionId}`: ticks or unticks a `check` criterion on the deal. */
export function setDealCheck(id: string, criterionId: string, done: boolean): Promise<Deal> {
  return unwrap(
    api.PUT('/api/v1/deals/{id}/checks/{criterionId}', {
      params: { path: { id, criterionId } },
      body: { done },
    }),
  );
}
