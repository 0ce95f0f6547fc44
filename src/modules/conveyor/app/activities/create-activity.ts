import { insertActivity, recordDealActivity } from '../../db/activities-repo.ts';
import { appendEvents } from '../../../../kernel/db/events/append-events.ts';
import { newId } from '../../../../kernel/db/ids.ts';
import { validationError, type FieldError } from '../../../../kernel/domain/errors.ts';
import type { Deps } from '../../../../kernel/app/context.ts';
import { isInFuture, withState, type Activity } from './activity.ts';
import { activityEventFields, completedEvent } from './activity-events.ts';
import { checkActivityReferences } from './activity-references.ts';
import type { ActivityType } from '../../../../contract/activities.ts';
import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';

export interface CreateActivityInput {
  type: ActivityType;
  subject: string;
  dueAt?: Date | null;
  /** Set: the activity is logged as already completed. */
  doneAt?: Date | null;
  dealId?: string | null;
  leadId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
  ownerId?: string | null;
  outcome?: string | null;
}

/**
 * Plans an activity (dueAt required) or logs a completed one (doneAt, not in the future). The
 * owner defaults to the deal's owner, else the caller. A closed deal may still get follow-ups.
 * A logged call, e-mail or meeting on a new lead is its first contact (a reaction of the leads module).
 */
export async function createActivity(
  input: CreateActivityInput,
  { actor, tx, clock, emit }: Deps,
): Promise<Activity> {
  const now = clock.now();
  const doneAt = input.doneAt ?? null;
  const dueAt = input.dueAt ?? null;
  const errors: FieldError[] = [];
  if (doneAt && isInFuture(doneAt, now)) {
    errors.push({ path: 'doneAt', message: 'A completed activity cannot be in the future' });
  }
  if (!doneAt && !dueAt) {
    errors.push({ path: 'dueAt', message: 'Required for a planned activity' });
  }
  const deal = await checkActivityReferences(tx, actor.workspaceId, input, errors);
  if (errors.length > 0) throw validationError(errors);

  const activity = await insertActivity(tx, {
    workspaceId: actor.workspaceId,
    id: newId(),
    type: input.type,
    subject: input.subject,
    dueAt,
    doneAt,
    outcome: input.outcome ?? null,
    dealId: input.dealId ?? null,
    leadId: input.leadId ?? null,
    contactId: input.contactId ?? null,
    companyId: input.companyId ?? null,
    ownerId: input.ownerId ?? deal?.ownerId ?? actor.userId,
    createdBy: actor.userId,
    createdAt: now,
    updatedAt: now,
  });
  // The deal was read above, in this transaction; inserting the activity does not move it.
  const fields = await activityEventFields(tx, activity, deal);
  const list: NewEvent[] = [
    {
      type: 'activity.created',
      occurredAt: now,
      actorId: actor.userId,
      ...fields,
      payload: { dueAt: dueAt?.toISOString() ?? null, logged: doneAt !== null },
    },
  ];
  if (doneAt) {
    list.push(completedEvent(fields, doneAt, actor.userId));
    if (activity.dealId) await recordDealActivity(tx, actor.workspaceId, activity.dealId, doneAt);
  }
  await appendEvents(tx, actor.workspaceId, list);
  if (doneAt && activity.leadId) {
    const touch = { leadId: activity.leadId, activityType: activity.type, doneAt };
    await emit('activity.done_on_lead', {
      ...touch,
      workspaceId: actor.workspaceId,
      actorId: actor.userId,
    });
  }
  return withState(activity, now);
}
