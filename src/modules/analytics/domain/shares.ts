// Shares of a whole that add up to exactly 100 %. Rounding each share on its own lets the parts
// drift (three thirds read 33.3 % + 33.3 % + 33.3 % = 99.9 %), and rounding again for display
// made the loss report add up to 100.1 %. So a partition is rounded once, here, to a tenth of a
// percent by the largest-remainder method (ADR 033): every share is floored, and the tenths left
// over go to the parts with the largest remainders. The page shows a tenth of a percent too, so
// what it shows is exactly this.

/** A tenth of a percent: the grain shares are rounded to and shown at. */
export const SHARE_UNITS = 1000;

/**
 * Each part's share of their sum, at most one rounding to 1/`units`, the shares summing to
 * exactly 1 (null for every part when the sum is 0). Ties in remainder go to the larger part,
 * then to the earlier one, so the same counts always round the same way.
 */
export function largestRemainderShares(
  counts: readonly number[],
  units = SHARE_UNITS,
): (number | null)[] {
  const total = counts.reduce((s, c) => s + c, 0);
  if (total === 0) return counts.map(() => null);
  const exact = counts.map((c) => (c * units) / total);
  const floors = exact.map(Math.floor);
  let left = units - floors.reduce((s, f) => s + f, 0);
  const order = exact
    .map((e, i) => ({ i, remainder: e - floors[i]!, count: counts[i]! }))
    .sort((a, b) => b.remainder - a.remainder || b.count - a.count || a.i - b.i);
  for (const { i } of order) {
    if (left <= 0) break;
    floors[i]! += 1;
    left -= 1;
  }
  return floors.map((f) => f / units);
}
