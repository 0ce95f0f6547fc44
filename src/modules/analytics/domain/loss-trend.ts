import { largestRemainderShares } from './shares.ts';

/** Lost deals of one reason in one local month (`YYYY-MM`). */
export interface MonthReasonCount {
  month: string;
  reasonId: string | null;
  reasonName: string | null;
  count: number;
  value: number;
}

export interface LossMonth {
  month: string;
  count: number;
  value: number;
  /** Each reason's share of the month's losses, most frequent first. */
  reasons: { reasonId: string | null; count: number; share: number | null }[];
}

export interface GrowingReason {
  reasonId: string | null;
  name: string | null;
  /** Its share in the last months with losses, oldest first. */
  shares: { month: string; share: number }[];
  share: number;
}

/** Months in a row over which a reason's share must rise to be flagged. */
export const GROWING_MONTHS = 3;
/** …and the share it must have reached: a rare reason creeping up is noise, not a catch-all. */
export const GROWING_MIN_SHARE = 0.25;

const money = (n: number) => Math.round(n * 100) / 100;

/** The losses month by month, with each reason's share of the month. */
export function lossMonths(cells: readonly MonthReasonCount[]): LossMonth[] {
  const months = [...new Set(cells.map((c) => c.month))].sort();
  return months.map((month) => {
    const own = cells.filter((c) => c.month === month);
    const count = own.reduce((s, c) => s + c.count, 0);
    const byReason = new Map<string | null, number>();
    for (const c of own) byReason.set(c.reasonId, (byReason.get(c.reasonId) ?? 0) + c.count);
    // The month's reasons add up to exactly 100 % (ADR 033).
    const shares = largestRemainderShares([...byReason.values()]);
    return {
      month,
      count,
      value: money(own.reduce((s, c) => s + c.value, 0)),
      reasons: [...byReason]
        .map(([reasonId, n], i) => ({ reasonId, count: n, share: shares[i]! }))
        .sort((a, b) => b.count - a.count || (a.reasonId ?? '').localeCompare(b.reasonId ?? '')),
    };
  });
}

/**
 * Reasons whose share of the losses rose month over month through the last three months with
 * losses, to at least a quarter: the "catch-all" reason people reach for instead of the real one,
 * spreading before it dominates.
 */
export function growingReasons(
  months: readonly LossMonth[],
  names: ReadonlyMap<string | null, string | null>,
): GrowingReason[] {
  const recent = months.slice(-GROWING_MONTHS);
  if (recent.length < GROWING_MONTHS) return [];
  const shareIn = (m: LossMonth, reasonId: string | null) =>
    m.reasons.find((r) => r.reasonId === reasonId)?.share ?? 0;
  return [...names.keys()]
    .map((reasonId) => ({
      reasonId,
      name: names.get(reasonId) ?? null,
      shares: recent.map((m) => ({ month: m.month, share: shareIn(m, reasonId) })),
    }))
    .filter(({ shares }) => shares.every((s, i) => i === 0 || s.share > shares[i - 1]!.share))
    .map((g) => ({ ...g, share: g.shares[g.shares.length - 1]!.share }))
    .filter((g) => g.share >= GROWING_MIN_SHARE)
    .sort((a, b) => b.share - a.share);
}
