import type { Db } from '../../../kernel/db/connection.ts';
import { insertActivity, type ActivityRow } from '../../conveyor/index.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { newId } from '../../../kernel/db/ids.ts';
import { activityEventFields } from '../../conveyor/index.ts';
import type { ActivityType } from '../../../contract/activities.ts';

export interface FollowUp {
  /** A call back (a missed call) or a task (a form's enquiry). */
  type: ActivityType;
  subject: string;
  leadId?: string | null;
  contactId?: string | null;
  dealId?: string | null;
  /** Null: nobody yet (the lead waits in the queue); the task shows as unassigned. */
  ownerId: string | null;
  /** Who the record is attributed to (the form's author, the integration's account). */
  createdBy: string;
}

/** A planned activity due now: the next step an enquiry or a missed call needs. */
export async function planFollowUp(
  tx: Db,
  workspaceId: string,
  f: FollowUp,
  actorId: string | null,
  now: Date,
): Promise<ActivityRow> {
  const activity = await insertActivity(tx, {
    workspaceId,
    id: newId(),
    type: f.type,
    subject: f.subject,
    dueAt: now,
    doneAt: null,
    outcome: null,
    dealId: f.dealId ?? null,
    leadId: f.leadId ?? null,
    contactId: f.contactId ?? null,
    companyId: null,
    ownerId: f.ownerId,
    createdBy: f.createdBy,
    createdAt: now,
    updatedAt: now,
  });
  await appendEvents(tx, workspaceId, [
    {
      type: 'activity.created',
      occurredAt: now,
      actorId,
      ...(await activityEventFields(tx, activity)),
      payload: { dueAt: now.toISOString(), logged: false },
    },
  ]);
  return activity;
}
