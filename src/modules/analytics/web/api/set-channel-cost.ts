import { api, ifEditing, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { ChannelCostInput } from './types.ts';

/** `PUT /channel-costs`: a month's cost of a source; editing one sends its version (412 if stale). */
export function setChannelCost(body: ChannelCostInput, version?: number) {
  return unwrap(api.PUT('/api/v1/channel-costs', { body, ...ifEditing(version) }));
}
