import {
  listChannelCosts as listRows,
  type ChannelCostRow,
} from '../../db/analytics/channel-costs-repo.ts';
import { monthStart } from '../../domain/analytics/channel-cost.ts';
import { validationError } from '../../domain/errors.ts';
import type { Deps } from '../context.ts';

export interface ListChannelCostsInput {
  /** `YYYY-MM`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  channel?: string | undefined;
}

/** The workspace's monthly costs per source, oldest month first. Everyone may read them. */
export async function listChannelCosts(
  input: ListChannelCostsInput,
  { actor, tx }: Deps,
): Promise<ChannelCostRow[]> {
  if (input.from && input.to && input.from > input.to) {
    throw validationError([{ path: 'from', message: 'After `to`' }]);
  }
  return listRows(tx, actor.workspaceId, {
    from: input.from ? monthStart(input.from) : null,
    to: input.to ? monthStart(input.to) : null,
    channel: input.channel ?? null,
  });
}
