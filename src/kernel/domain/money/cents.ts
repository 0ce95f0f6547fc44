/**
 * A money amount with at most 2 decimals. Binary fractions make 10.05 × 100 equal
 * 1005.0000000000001, so an exact comparison would refuse valid amounts; anything within a
 * millionth of a cent counts as whole cents.
 */
export function hasAtMostCents(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}

/** A major-unit amount (at most 2 decimals) as whole cents, exact despite binary fractions. */
export function toCents(value: number): number {
  return Math.round(value * 100);
}

/** Whole cents as a major-unit amount. */
export function fromCents(cents: number): number {
  return cents / 100;
}
