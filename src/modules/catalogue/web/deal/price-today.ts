import type { PriceList } from '../api/types.ts';

/** Today's calendar day in a time zone, as YYYY-MM-DD. */
export function todayIn(timeZone: string, now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * The price the server would fill in for a product (ADR 039), to prefill a new line: the active
 * lists of the currency valid on the day that price it, the latest to start winning, then the
 * newest. Null when none does (the person types the price).
 */
export function priceToday(
  lists: readonly PriceList[],
  productId: string,
  currency: string,
  day: string,
): number | null {
  let best: { list: PriceList; price: number } | null = null;
  for (const list of lists) {
    if (!list.active || list.currency !== currency) continue;
    if (
      (list.validFrom !== null && list.validFrom > day) ||
      (list.validTo !== null && day > list.validTo)
    )
      continue;
    const price = list.prices.find((p) => p.productId === productId);
    if (!price) continue;
    if (best === null || startsLater(list, best.list)) best = { list, price: price.unitPrice };
  }
  return best?.price ?? null;
}

function startsLater(a: PriceList, b: PriceList): boolean {
  const af = a.validFrom ?? '';
  const bf = b.validFrom ?? '';
  return af !== bf ? af > bf : a.createdAt > b.createdAt;
}

/** A line's amount as the server works it out: to the cent, half up. */
export function lineAmount(quantity: number, unitPrice: number, discountPercent: number): number {
  return linesTotal([{ quantity, unitPrice, discountPercent }]);
}

/** The lines' total: the exact sum rounded once to the cent (the contract's formula). */
export function linesTotal(
  lines: readonly { quantity: number; unitPrice: number; discountPercent: number }[],
): number {
  // Summed in integer "cent × thousandth × basis point" units, as the server does, so the live
  // total on the card is the value the deal will get.
  let scaled = 0n;
  for (const l of lines) scaled += scaledOf(l.quantity, l.unitPrice, l.discountPercent);
  const unit = 10_000_000n;
  const whole = scaled / unit;
  return Number((scaled % unit) * 2n >= unit ? whole + 1n : whole) / 100;
}

function scaledOf(quantity: number, unitPrice: number, discountPercent: number): bigint {
  return (
    BigInt(Math.round(unitPrice * 100)) *
    BigInt(Math.round(quantity * 1000)) *
    BigInt(10_000 - Math.round(discountPercent * 100))
  );
}
