import { findDeal, updateDeal as updateRow } from '../../db/conveyor/deals-repo.ts';
import { DomainError, notFound } from '../../domain/errors.ts';
import type { Deps } from '../context.ts';
import { assertDealReferences } from './deal-references.ts';
import { dealView, type DealView } from './deal-view.ts';

export interface UpdateDealInput {
  dealId: string;
  expectedVersion?: number;
  title?: string;
  value?: number | null;
  currency?: string;
  companyId?: string | null;
  contactId?: string | null;
  ownerId?: string | null;
  expectedCloseDate?: string | null;
}

/** Edits a deal's fields; stages change only through move, win, lose and reopen. */
export async function updateDeal(
  input: UpdateDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const { dealId, expectedVersion, ...patch } = input;
  if (!(await findDeal(tx, actor.workspaceId, dealId))) throw notFound('deal');
  await assertDealReferences(tx, actor.workspaceId, patch);
  const now = clock.now();
  const updated = await updateRow(tx, actor.workspaceId, dealId, patch, expectedVersion, now);
  if (!updated) throw new DomainError('version_conflict', 'This deal was changed by someone else.');
  return dealView(tx, updated, now);
}
