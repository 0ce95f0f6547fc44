/** A price list as far as choosing the price of a product matters. */
export interface PriceListChoice {
  id: string;
  currency: string;
  validFrom: string | null;
  validTo: string | null;
  active: boolean;
  createdAt: Date;
  prices: ReadonlyMap<string, number>;
}

/** Whether a list applies on a day (YYYY-MM-DD, the workspace's calendar; both ends included). */
export function validOn(list: Pick<PriceListChoice, 'validFrom' | 'validTo'>, day: string) {
  return (
    (list.validFrom === null || list.validFrom <= day) &&
    (list.validTo === null || day <= list.validTo)
  );
}

/**
 * The unit price of a product in a currency on a day: from the active lists of that currency
 * valid that day that price the product, the one that started latest (a promotion for a month
 * beats the open-ended list), the newest on a tie. Null when no such list prices it.
 */
export function chosenPrice(
  lists: readonly PriceListChoice[],
  productId: string,
  currency: string,
  day: string,
): number | null {
  let best: PriceListChoice | null = null;
  for (const list of lists) {
    if (!list.active || list.currency !== currency || !validOn(list, day)) continue;
    if (!list.prices.has(productId)) continue;
    if (best === null || laterStart(list, best)) best = list;
  }
  return best ? best.prices.get(productId)! : null;
}

function laterStart(a: PriceListChoice, b: PriceListChoice): boolean {
  const af = a.validFrom ?? '';
  const bf = b.validFrom ?? '';
  if (af !== bf) return af > bf;
  return a.createdAt.getTime() > b.createdAt.getTime();
}

/** The calendar day of an instant in a time zone, as YYYY-MM-DD. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${part('year')}-${part('month')}-${part('day')}`;
}
