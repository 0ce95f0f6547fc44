// A ratio lamp reads as a percentage, so its value must be a share: a part of a whole. The
// metric language divides two weekly flows (deals won this week ÷ deals opened this week, SQLs
// this week ÷ MQLs this week), and the numerator of a flow is not a subset of the denominator of
// the same week: deals won this week were mostly opened in earlier weeks. Such a week read 107 %
// or 124 % — green, and impossible. ADR 033: the share counts at most the whole, so a week in
// which at least as many were won as opened reads 100 % ("every one of them, or more").

/** `of` as a share of `to`, at most 1; null when either side is null or `to` is 0. */
export function shareOf(of: number | null, to: number | null): number | null {
  if (of === null || to === null || to === 0) return null;
  return Math.min(1, of / to);
}
