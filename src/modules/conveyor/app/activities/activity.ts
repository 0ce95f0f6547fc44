import type { ActivityRow } from '../../db/activities-repo.ts';
import type { ActivityState } from '../../../../contract/activities.ts';

/** An activity as the API shows it: the stored row and its state at the moment of reading. */
export type Activity = ActivityRow & { state: ActivityState };

/** A client's clock may run a little ahead of ours: "now" on its side is not "the future". */
export const CLOCK_SKEW_MS = 60_000;

/** done once completed; overdue when not completed and past due; planned otherwise. */
export function activityState(
  row: Pick<ActivityRow, 'doneAt' | 'dueAt'>,
  now: Date,
): ActivityState {
  if (row.doneAt) return 'done';
  if (row.dueAt && row.dueAt.getTime() < now.getTime()) return 'overdue';
  return 'planned';
}

export function withState(row: ActivityRow, now: Date): Activity {
  return { ...row, state: activityState(row, now) };
}

export function isInFuture(at: Date, now: Date): boolean {
  return at.getTime() > now.getTime() + CLOCK_SKEW_MS;
}
