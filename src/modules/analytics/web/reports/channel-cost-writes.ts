import { channelCostKeys, reportKeys } from '../keys.ts';

/**
 * What a cost set or removed makes stale (spread into useApiMutation): the costs, and the
 * sources report that divides by them; a stale version fetches the costs again.
 */
export const channelCostWrite = {
  invalidates: () => [channelCostKeys.all, reportKeys.named('sources')],
  conflictRefetch: () => [channelCostKeys.all],
};
