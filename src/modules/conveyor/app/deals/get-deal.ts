import { findDealViewRow } from '../../db/deal-view-rows.ts';
import { visibleOwners } from '../../../identity/index.ts';
import { notFound } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { viewOfRow, type DealView } from './deal-view.ts';

/** One statement, so the route runs it with runner.read (no BEGIN/COMMIT; ADR 022). */
export async function getDeal(
  input: { dealId: string },
  { actor, tx, clock }: Deps,
): Promise<DealView> {
  const now = clock.now();
  const row = await findDealViewRow(tx, actor.workspaceId, input.dealId, visibleOwners(actor));
  if (!row) throw notFound('deal');
  return viewOfRow(row, now);
}
