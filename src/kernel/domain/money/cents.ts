/**
 * A money amount with at most 2 decimals. Binary fractions make 10.05 × 100 equal
 * 1005.0000000000001, so an exact comparison would refuse valid amounts; anything within a
 * millionth of a cent counts as whole cents.
 */
export function hasAtMostCents(value: number): boolean {
  return Math.abs(Math.round(value * 100) - value * 100) < 1e-6;
}
