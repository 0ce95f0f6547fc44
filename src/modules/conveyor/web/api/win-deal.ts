import { api, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/** `POST /deals/{id}/win`: past the remaining stages, whose exit criteria apply (or an override). */
export function winDeal(id: string, comment?: string, overrideReason?: string): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/win', {
      params: { path: { id } },
      body: {
        ...(comment ? { comment } : {}),
        ...(overrideReason ? { override: { reason: overrideReason } } : {}),
      },
    }),
  );
}
