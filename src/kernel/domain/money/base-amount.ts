/** Units of the workspace's base currency per one unit of another currency (`{ EUR: 4.31 }`). */
export type ExchangeRates = Readonly<Record<string, number>>;

/**
 * A value in the workspace's base currency: as is when already in it, converted at the
 * workspace's rate otherwise (rounded to the cent), and null when no rate is set — a report
 * then leaves the deal's value out rather than add up different currencies.
 */
export function baseAmount(
  value: number | null,
  currency: string,
  base: { currency: string; rates: ExchangeRates | undefined },
): number | null {
  if (value === null) return null;
  if (currency === base.currency) return value;
  const rate = base.rates?.[currency];
  if (rate === undefined || !(rate > 0)) return null;
  return Math.round(value * rate * 100) / 100;
}
