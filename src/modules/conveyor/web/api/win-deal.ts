import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

/**
 * `POST /deals/{id}/win` with `If-Match`: past the remaining stages, whose exit criteria apply
 * (or an override); a deal changed since it was drawn is refused (412), not won on stale facts.
 */
export function winDeal(
  deal: Pick<Deal, 'id' | 'version'>,
  comment?: string,
  overrideReason?: string,
): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/win', {
      ...versioned(deal),
      body: {
        ...(comment ? { comment } : {}),
        ...(overrideReason ? { override: { reason: overrideReason } } : {}),
      },
    }),
  );
}
