import { listChannelCosts as listRows, type ChannelCostRow } from '../db/channel-costs-repo.ts';
import { monthStart } from '../domain/channel-cost.ts';
import { validationError } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';

export interface ListChannelCostsInput {
  /** `YYYY-MM`, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  channel?: string | undefined;
}

/** The workspace's monthly costs per source, oldest month first: managers' figures. */
export async function listChannelCosts(
  input: ListChannelCostsInput,
  { actor, tx }: Deps,
): Promise<ChannelCostRow[]> {
  requireManager(actor, 'Only a manager or an admin may see channel costs.');
  if (input.from && input.to && input.from > input.to) {
    throw validationError([{ path: 'from', message: 'After `to`' }]);
  }
  return listRows(tx, actor.workspaceId, {
    from: input.from ? monthStart(input.from) : null,
    to: input.to ? monthStart(input.to) : null,
    channel: input.channel ?? null,
  });
}
