import { api, unwrap, versioned } from '../../../../kernel/web/lib/api-client.ts';
import type { ChannelCost } from './types.ts';

/** `DELETE /channel-costs/{id}` with `If-Match`. */
export function deleteChannelCost(cost: ChannelCost) {
  return unwrap(api.DELETE('/api/v1/channel-costs/{id}', versioned(cost)));
}
