import { getDeal, lockOpenDeal, setDealValue, type DealView } from '../../../conveyor/index.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import {
  findAppliedValue,
  listLineItems,
  replaceLineItems,
  saveAppliedValue,
  type LineItemView,
} from '../../db/line-items-repo.ts';
import { lineAmount, linesTotal, type PricedLine } from '../../domain/line-total.ts';
import { validationError, type FieldError } from '../../../../kernel/domain/errors.ts';

/** The largest amount a deal's value (and a line's) can hold: numeric(14, 2). */
const MAX_AMOUNT = 999_999_999_999.99;

/** A line or a total past what a deal's value holds is refused, not stored as an error. */
function checkAmounts(lines: readonly PricedLine[], total: number): void {
  const errors: FieldError[] = lines.flatMap((line, i) =>
    lineAmount(line) > MAX_AMOUNT
      ? [{ path: `items.${i}`, message: 'The amount is too large' }]
      : [],
  );
  if (errors.length === 0 && total > MAX_AMOUNT) {
    errors.push({ path: 'items', message: 'The total is too large for a deal value' });
  }
  if (errors.length > 0) throw validationError(errors);
}
import { dayIn } from '../../domain/price-choice.ts';
import { priceLines, type LineItemInput } from './price-lines.ts';

export interface SetDealLineItemsInput {
  dealId: string;
  expectedVersion?: number;
  items: LineItemInput[];
  /** true: the total becomes the value again even though the value was set by hand. */
  useTotalAsValue?: boolean;
}

export interface DealLineItems {
  deal: DealView;
  items: LineItemView[];
  total: number;
  /** The deal's value is the products' total (not set by hand since). */
  valueFromProducts: boolean;
}

/**
 * Replaces an open deal's line items. Their total becomes the deal's value — through the
 * conveyor, so the value change is a `deal.updated` event like an edit — unless the value was
 * set by hand after the line items last wrote it (ADR 039).
 */
export async function setDealLineItems(
  input: SetDealLineItemsInput,
  deps: Deps,
): Promise<DealLineItems> {
  const { actor, tx, clock } = deps;
  const { workspaceId } = actor;
  const { deal, workspace } = await lockOpenDeal(input, deps);
  const before = await listLineItems(tx, workspaceId, deal.id);
  const lines = await priceLines(tx, workspaceId, input.items, {
    currency: deal.currency,
    day: dayIn(clock.now(), workspace.timezone),
    productsOnDeal: new Set(before.map((i) => i.productId)),
  });
  const total = linesTotal(lines);
  checkAmounts(lines, total);
  await replaceLineItems(tx, workspaceId, deal.id, lines);

  const applied = await findAppliedValue(tx, workspaceId, deal.id);
  // Never written by products yet: the first products set it (unless there are none);
  // written before: they follow only while nobody changed the value since.
  const follows =
    input.useTotalAsValue === true ||
    (applied === null ? lines.length > 0 : deal.value === applied);
  let view: DealView;
  if (follows) {
    view = await setDealValue({ deal, workspace, value: total }, deps);
    await saveAppliedValue(tx, workspaceId, deal.id, total, clock.now());
  } else {
    view = await getDeal({ dealId: deal.id }, deps);
  }
  return {
    deal: view,
    items: await listLineItems(tx, workspaceId, deal.id),
    total,
    valueFromProducts: follows && lines.length > 0,
  };
}
