import type { Deal } from '../api/types.ts';

/**
 * What a board card warns about:
 * - `overdue`: the next step (the earliest planned activity) was due before now;
 * - `noNextStep`: nothing is planned (DESIGN.md: every open deal should have a next step);
 * - `stuck`: idle in its stage longer than the stage's rot days — the server's one rule
 *   (domain/rotting.ts), the same the "Stuck only" filter and the stuck report use, read from
 *   the deal's `stuck`; the browser does not judge it a second time.
 */
export type CardMarker = 'overdue' | 'noNextStep' | 'stuck';

type MarkedDeal = Pick<Deal, 'status' | 'nextActivity' | 'stuck'>;

/** The markers of a deal at `now` (ms), in the order a card shows them; none once it is closed. */
export function cardMarkers(deal: MarkedDeal, now: number): CardMarker[] {
  if (deal.status !== 'open') return [];
  const markers: CardMarker[] = [];
  const next = deal.nextActivity;
  if (next === null) markers.push('noNextStep');
  // A planned activity without a due time is a next step, just not a late one.
  else if (next.dueAt !== null && Date.parse(next.dueAt) < now) markers.push('overdue');
  if (deal.stuck) markers.push('stuck');
  return markers;
}
