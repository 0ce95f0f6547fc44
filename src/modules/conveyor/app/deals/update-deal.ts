import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { findDeal, updateDeal as updateRow, type DealRow } from '../../db/deals-repo.ts';
import { findWorkspace, requireMayChange } from '../../../identity/index.ts';
import { DomainError, notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { dealDimensions } from './deal-events.ts';
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

type Patch = Omit<UpdateDealInput, 'dealId' | 'expectedVersion'>;

/** Edits a deal's fields; stages change only through move, win, lose and reopen. */
export async function updateDeal(
  input: UpdateDealInput,
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const { dealId, expectedVersion, ...patch } = input;
  const before = await findDeal(tx, actor.workspaceId, dealId);
  if (!before) throw notFound('deal');
  await requireMayChange(tx, actor, { from: before.ownerId, to: patch.ownerId }, 'deal');
  await assertDealReferences(tx, actor.workspaceId, patch);
  const now = clock.now();
  const updated = await updateRow(tx, actor.workspaceId, dealId, patch, expectedVersion, now);
  if (!updated) throw new DomainError('version_conflict', 'This deal was changed by someone else.');
  const fields = changedFields(before, patch);
  if (fields.length > 0) {
    const workspace = (await findWorkspace(tx, actor.workspaceId))!;
    await appendEvents(tx, actor.workspaceId, [
      {
        ...dealDimensions(updated, workspace),
        type: 'deal.updated',
        occurredAt: now,
        actorId: actor.userId,
        payload: { fields },
      },
    ]);
  }
  return dealView(tx, updated, now);
}

/** The names of the fields whose value the patch really changes (a no-op save records nothing). */
function changedFields(before: DealRow, patch: Patch): string[] {
  return (Object.keys(patch) as (keyof Patch)[]).filter(
    (key) => patch[key] !== undefined && patch[key] !== before[key],
  );
}
