import { deleteChannelCost as deleteRow, findChannelCost } from '../db/channel-costs-repo.ts';
import { DomainError, notFound } from '../../../kernel/domain/errors.ts';
import type { Deps } from '../../../kernel/app/context.ts';
import { requireManager } from '../../../kernel/app/require-manager.ts';
import { audit } from '../../../kernel/app/audit.ts';
import { costDetails, costSubject } from './put-channel-cost.ts';

/** Removes a month's cost of a source (managers and admins); reports stop counting it. */
export async function deleteChannelCost(
  input: { costId: string; expectedVersion?: number | undefined },
  { actor, tx, clock }: Deps,
): Promise<void> {
  requireManager(actor);
  if (!(await findChannelCost(tx, actor.workspaceId, input.costId))) throw notFound('Channel cost');
  const deleted = await deleteRow(tx, actor.workspaceId, input.costId, input.expectedVersion);
  if (!deleted) {
    throw new DomainError('version_conflict', "This month's cost was changed by someone else.");
  }
  await audit(
    { actor, tx, clock },
    {
      action: 'channel_cost.deleted',
      subject: costSubject(deleted),
      details: costDetails(deleted),
    },
  );
}
