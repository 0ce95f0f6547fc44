import { findActivity, markActivityDone, recordDealActivity } from '../../db/activities-repo.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { DomainError, notFound, validationError } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { requireEditable } from '../../../identity/index.ts';
import { isInFuture, withState, type Activity } from './activity.ts';
import { activityEventFields, completedEvent } from './activity-events.ts';

export interface CompleteActivityInput {
  activityId: string;
  /** Default: now. */
  doneAt?: Date | null;
  /** Undefined keeps the current outcome. */
  outcome?: string | null;
  expectedVersion?: number;
}

/**
 * Completes a planned (or overdue) activity once; a completed one is 409 invalid_transition. A
 * call, e-mail or meeting done on a new lead is its first contact (a reaction of the leads module).
 */
export async function completeActivity(
  input: CompleteActivityInput,
  { actor, tx, clock, emit }: Deps,
): Promise<Activity> {
  const now = clock.now();
  const existing = await findActivity(tx, actor.workspaceId, input.activityId);
  if (!existing) throw notFound('activity');
  await requireEditable(tx, actor, existing.ownerId, 'this activity');
  if (existing.doneAt) throw alreadyCompleted();
  const doneAt = input.doneAt ?? now;
  if (isInFuture(doneAt, now)) {
    throw validationError([
      { path: 'doneAt', message: 'A completed activity cannot be in the future' },
    ]);
  }
  const done = await markActivityDone(
    tx,
    actor.workspaceId,
    input.activityId,
    input.outcome === undefined ? { doneAt } : { doneAt, outcome: input.outcome },
    input.expectedVersion,
    now,
  );
  if (!done) {
    // Between our read and the update: either someone completed it, or changed it (If-Match).
    const current = await findActivity(tx, actor.workspaceId, input.activityId);
    if (current?.doneAt) throw alreadyCompleted();
    throw new DomainError('version_conflict', 'This activity was changed by someone else.');
  }
  if (done.dealId) await recordDealActivity(tx, actor.workspaceId, done.dealId, doneAt);
  const fields = await activityEventFields(tx, done);
  await appendEvents(tx, actor.workspaceId, [completedEvent(fields, doneAt, actor.userId)]);
  if (done.leadId) {
    const touch = { leadId: done.leadId, activityType: done.type, doneAt, actorId: actor.userId };
    await emit('activity.done_on_lead', { ...touch, workspaceId: actor.workspaceId });
  }
  return withState(done, now);
}

function alreadyCompleted() {
  return new DomainError('invalid_transition', 'This activity is already completed.');
}
