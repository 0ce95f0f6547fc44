import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { Deal } from './types.ts';

export interface MoveDealVars {
  /** The deal as the user saw it: its version goes in `If-Match`. */
  deal: Deal;
  stageId: string;
  /** A manager's written reason for passing unmet exit criteria. */
  overrideReason?: string;
}

/**
 * `POST /deals/{id}/move` with `If-Match`: a deal changed since it was drawn is refused (412)
 * rather than moved on stale facts; unmet exit criteria answer 422 `stage_gate_unmet`.
 */
export function moveDeal({ deal, stageId, overrideReason }: MoveDealVars): Promise<Deal> {
  return unwrap(
    api.POST('/api/v1/deals/{id}/move', {
      ...versioned(deal),
      body: { stageId, ...(overrideReason ? { override: { reason: overrideReason } } : {}) },
    }),
  );
}
