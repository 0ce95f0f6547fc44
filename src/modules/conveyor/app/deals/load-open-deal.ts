import type { Db } from '../../../../kernel/db/connection.ts';
import { findDealForChange, type DealRow } from '../../db/deals-repo.ts';
import { findPipeline, type PipelineRecord } from '../../db/pipelines-repo.ts';
import { requireEditable, type Workspace } from '../../../identity/index.ts';
import type { Actor } from '../../../../kernel/app/context.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';

export interface LoadedDeal {
  deal: DealRow;
  pipeline: PipelineRecord;
  workspace: Workspace;
}

/**
 * Loads a deal for a state change under a row lock (concurrent moves of one deal queue up and
 * each sees the other's result), checking that the actor may change it and the version the
 * caller expects.
 */
export async function loadDealForChange(
  tx: Db,
  actor: Actor,
  dealId: string,
  expectedVersion: number | undefined,
  options: { mustBeOpen: boolean },
): Promise<LoadedDeal> {
  const { workspaceId } = actor;
  const found = await findDealForChange(tx, workspaceId, dealId);
  if (!found) throw notFound('deal');
  const { deal, workspace } = found;
  await requireEditable(tx, actor, deal.ownerId, 'this deal');
  assertChangeable(deal, expectedVersion, options);
  const pipeline = (await findPipeline(tx, workspaceId, deal.pipelineId))!;
  return { deal, pipeline, workspace };
}

/** The deal is at the version the caller expects and, when it must be, still open. */
export function assertChangeable(
  deal: DealRow,
  expectedVersion: number | undefined,
  { mustBeOpen }: { mustBeOpen: boolean },
): void {
  if (expectedVersion !== undefined && deal.version !== expectedVersion) {
    throw new DomainError('version_conflict', 'This deal was changed by someone else.');
  }
  if (mustBeOpen && deal.status !== 'open') {
    throw new DomainError('deal_closed', `This deal is ${deal.status}; reopen it first.`);
  }
}

export function secondsBetween(from: Date, to: Date): number {
  return Math.max(0, Math.round((to.getTime() - from.getTime()) / 1000));
}
