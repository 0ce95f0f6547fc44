import { largestRemainderShares } from './shares.ts';
import { growingReasons, lossMonths, type GrowingReason, type LossMonth } from './loss-trend.ts';

/**
 * Lost deals of one reason, stage, owner, source and local month: the grain the figures are
 * summed from.
 */
export interface LossCell {
  reasonId: string | null;
  reasonName: string | null;
  stageId: string;
  stageName: string;
  ownerId: string | null;
  ownerName: string | null;
  channel: string | null;
  medium: string | null;
  /** `YYYY-MM` of the loss, workspace time zone. */
  month: string;
  count: number;
  value: number;
}

export interface LossGroup {
  id: string | null;
  name: string | null;
  count: number;
  value: number;
  /** Of all deals lost in the period, to a tenth of a percent; the groups sum to exactly 1. */
  share: number | null;
}

export interface LossReasons {
  total: { count: number; value: number };
  reasons: LossGroup[];
  byStage: (LossGroup & { reasons: { reasonId: string | null; count: number }[] })[];
  byOwner: (LossGroup & { reasons: { reasonId: string | null; count: number }[] })[];
  /** By the lost deals' source (channel + medium); `id` is null, `name` "channel / medium". */
  bySource: (LossGroup & {
    channel: string | null;
    medium: string | null;
    reasons: { reasonId: string | null; count: number }[];
  })[];
  months: LossMonth[];
  /** Reasons whose share grew through the last three months with losses (loss-trend.ts). */
  growing: GrowingReason[];
  /** A reason behind more than half of the losses: the catch-all to look into. */
  warning: { reasonId: string | null; name: string | null; share: number } | null;
}

export const DOMINANT_SHARE = 0.5;

const money = (n: number) => Math.round(n * 100) / 100;

function groupBy(
  cells: readonly LossCell[],
  key: (c: LossCell) => string | null,
  name: (c: LossCell) => string | null,
  total: number,
) {
  const groups = new Map<string | null, LossGroup & { reasons: Map<string | null, number> }>();
  for (const c of cells) {
    const k = key(c);
    let g = groups.get(k);
    if (!g) {
      g = { id: k, name: name(c), count: 0, value: 0, share: null, reasons: new Map() };
      groups.set(k, g);
    }
    g.count += c.count;
    g.value = money(g.value + c.value);
    g.reasons.set(c.reasonId, (g.reasons.get(c.reasonId) ?? 0) + c.count);
  }
  // The groups partition the losses: their shares add up to exactly 100 % (ADR 033).
  const list = [...groups.values()];
  const shares = largestRemainderShares(list.map((g) => g.count));
  return list
    .map(({ reasons, ...g }, i) => ({
      ...g,
      share: total === 0 ? null : shares[i]!,
      reasons: [...reasons]
        .map(([reasonId, count]) => ({ reasonId, count }))
        .sort((a, b) => b.count - a.count || (a.reasonId ?? '').localeCompare(b.reasonId ?? '')),
    }))
    .sort(
      (a, b) =>
        b.count - a.count || b.value - a.value || (a.name ?? '').localeCompare(b.name ?? ''),
    );
}

export function lossReasons(cells: readonly LossCell[]): LossReasons {
  const count = cells.reduce((s, c) => s + c.count, 0);
  const value = money(cells.reduce((s, c) => s + c.value, 0));
  const reasons = groupBy(
    cells,
    (c) => c.reasonId,
    (c) => c.reasonName,
    count,
  ).map(({ reasons: _r, ...g }) => g);
  const top = reasons[0];
  const sourceKey = (c: LossCell) => JSON.stringify([c.channel, c.medium]);
  const sourceOf = new Map(cells.map((c) => [sourceKey(c), c]));
  const months = lossMonths(cells);
  return {
    total: { count, value },
    reasons,
    byStage: groupBy(
      cells,
      (c) => c.stageId,
      (c) => c.stageName,
      count,
    ),
    byOwner: groupBy(
      cells,
      (c) => c.ownerId,
      (c) => c.ownerName,
      count,
    ),
    bySource: groupBy(
      cells,
      sourceKey,
      (c) => `${c.channel ?? '—'} / ${c.medium ?? '—'}`,
      count,
    ).map(({ id, ...g }) => ({
      ...g,
      id: null,
      channel: sourceOf.get(id!)!.channel,
      medium: sourceOf.get(id!)!.medium,
    })),
    months,
    growing: growingReasons(months, new Map(reasons.map((r) => [r.id, r.name]))),
    warning:
      top && top.share !== null && top.share > DOMINANT_SHARE
        ? { reasonId: top.id, name: top.name, share: top.share }
        : null,
  };
}
