import type { Db } from '../../../../kernel/db/connection.ts';
import { findActivityDeal, type ActivityDeal, type ActivityRow } from '../../db/activities-repo.ts';
import { findMember } from '../../../identity/index.ts';
import type { NewEvent } from '../../../../kernel/db/events/new-event.ts';

/**
 * The subject ids and dimensions an activity's events carry: the owner's team, and the pipeline
 * and stage the deal is in at the time. `deal`: the activity's deal when the caller has just
 * read it in the same transaction (not read again).
 */
export async function activityEventFields(
  tx: Db,
  activity: ActivityRow,
  known?: ActivityDeal | null,
): Promise<Omit<NewEvent, 'type' | 'occurredAt' | 'actorId'>> {
  const owner = activity.ownerId
    ? await findMember(tx, activity.workspaceId, activity.ownerId)
    : null;
  const deal = !activity.dealId
    ? null
    : known?.id === activity.dealId
      ? known
      : await findActivityDeal(tx, activity.workspaceId, activity.dealId);
  return {
    activityId: activity.id,
    activityType: activity.type,
    dealId: activity.dealId,
    leadId: activity.leadId,
    contactId: activity.contactId,
    companyId: activity.companyId,
    ownerId: activity.ownerId,
    teamId: owner?.membership.teamId ?? null,
    pipelineId: deal?.pipelineId ?? null,
    stageId: deal?.stageId ?? null,
  };
}

/** activity.completed at the moment it was done; no call length is known for a logged activity. */
export function completedEvent(
  fields: Omit<NewEvent, 'type' | 'occurredAt' | 'actorId'>,
  doneAt: Date,
  actorId: string,
): NewEvent {
  return {
    type: 'activity.completed',
    occurredAt: doneAt,
    actorId,
    ...fields,
    durationSeconds: null,
  };
}
