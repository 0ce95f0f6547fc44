import type { listChannelCosts } from '../../app/list-channel-costs.ts';
import type { Channel } from '../../../../contract/sources.ts';

type ChannelCost = Awaited<ReturnType<typeof listChannelCosts>>[number];

export function presentChannelCost(c: ChannelCost) {
  return {
    id: c.id,
    month: c.month.slice(0, 7),
    channel: c.channel as Channel,
    medium: c.medium,
    campaign: c.campaign,
    amount: c.amount,
    currency: c.currency,
    updatedBy: c.updatedBy,
    createdAt: c.createdAt.toISOString(),
    updatedAt: c.updatedAt.toISOString(),
    version: c.version,
  };
}
