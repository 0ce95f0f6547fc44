// A deal rots when nothing happens to it: no completed activity and no stage change for longer
// than its stage allows (DESIGN.md "Conveyor rules", rotting).

const DAY_MS = 24 * 60 * 60 * 1000;

export interface IdleFacts {
  stageEnteredAt: Date;
  lastCompletedActivityAt: Date | null;
}

/** When the deal last showed life: its stage change or its last completed activity. */
export function idleSince(facts: IdleFacts): Date {
  const last = facts.lastCompletedActivityAt;
  return last !== null && last.getTime() > facts.stageEnteredAt.getTime()
    ? last
    : facts.stageEnteredAt;
}

/**
 * Whether a deal is stuck: its stage sets `rotDays` and the deal has been idle for strictly
 * longer than that many days at `now` (exactly `rotDays` idle is not yet stuck).
 */
export function isStuck(facts: IdleFacts, rotDays: number | null, now: Date): boolean {
  if (rotDays === null) return false;
  return now.getTime() - idleSince(facts).getTime() > rotDays * DAY_MS;
}
