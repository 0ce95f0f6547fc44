import {
  insertChannelCost,
  lockChannelCost,
  updateChannelCost,
  type ChannelCostRow,
} from '../db/channel-costs-repo.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { findWorkspace } from '../../identity/index.ts';
import { monthStart } from '../domain/channel-cost.ts';
import { DomainError } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { audit } from '../../../kernel/app/audit.ts';

export interface PutChannelCostInput {
  /** `YYYY-MM`. */
  month: string;
  channel: string;
  medium: string | null;
  campaign: string | null;
  /** In the workspace's base currency. */
  amount: number;
  expectedVersion?: number | undefined;
}

/**
 * Sets what a source cost in a month (managers and admins): one amount per month and source, so
 * the same call creates it or replaces it. With If-Match, a changed (or missing) cost → 412.
 */
export async function putChannelCost(
  input: PutChannelCostInput,
  deps: Deps,
): Promise<{ cost: ChannelCostRow; created: boolean }> {
  const saved = await saveChannelCost(input, deps);
  await audit(deps, {
    action: 'channel_cost.set',
    subject: costSubject(saved.cost),
    details: costDetails(saved.cost),
  });
  return saved;
}

/** A month's channel cost as the audit log names it, and what it says of it. */
export const costSubject = (cost: ChannelCostRow) =>
  ({ kind: 'channel_cost', id: cost.id, label: cost.channel }) as const;
export const costDetails = (cost: ChannelCostRow) => ({
  month: cost.month,
  channel: cost.channel,
  medium: cost.medium,
  campaign: cost.campaign,
  amount: cost.amount,
  currency: cost.currency,
});

async function saveChannelCost(
  input: PutChannelCostInput,
  { actor, tx, clock }: Deps,
): Promise<{ cost: ChannelCostRow; created: boolean }> {
  requireManager(actor);
  const now = clock.now();
  const { currency } = (await findWorkspace(tx, actor.workspaceId))!;
  const key = {
    workspaceId: actor.workspaceId,
    month: monthStart(input.month),
    channel: input.channel,
    medium: input.medium,
    campaign: input.campaign,
  };
  const stale = () =>
    new DomainError('version_conflict', "This month's cost was changed by someone else.");
  const existing = await lockChannelCost(tx, key);
  if (!existing) {
    if (input.expectedVersion !== undefined) throw stale();
    const created = await insertChannelCost(tx, {
      ...key,
      id: newId(),
      amount: input.amount,
      currency,
      updatedBy: actor.userId,
      createdAt: now,
      updatedAt: now,
    });
    if (created) return { cost: created, created: true };
  }
  const patch = { amount: input.amount, currency, updatedBy: actor.userId };
  const updated = await updateChannelCost(tx, key, patch, input.expectedVersion, now);
  if (!updated) throw stale();
  return { cost: updated, created: false };
}
