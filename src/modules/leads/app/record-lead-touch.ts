import type { Reaction } from '../../../kernel/app/reactions.ts';
import type { Db } from '../../../kernel/db/connection.ts';
import { appendEvents } from '../../../kernel/db/events/append-events.ts';
import { findLead, updateLead } from '../db/leads-repo.ts';
import { secondsToFirstContact, statusPath } from '../domain/lead-status.ts';
import { leadDimensions } from './lead-events.ts';
import { TOUCH_TYPES as CONTRACT_TOUCH_TYPES } from '../../../contract/activities.ts';

/** Activity types that are real contact with a person (a task is not). */
export const TOUCH_TYPES: readonly string[] = CONTRACT_TOUCH_TYPES;

export interface LeadTouch {
  leadId: string;
  activityType: string;
  /** When the touch happened (the activity's doneAt). */
  doneAt: Date;
  actorId: string | null;
}

/**
 * A completed call, e-mail or meeting on a lead still in status `new` is its first contact: the
 * lead becomes `contacted` with the same event as POST /leads/{id}/status (lead.contacted with
 * the seconds from creation — speed to lead), so logging real work moves the prospecting lamps.
 * The contact happened when the activity was done, never before the lead existed. Any other
 * status, or a task, changes nothing. Returns whether the lead moved.
 */
export async function recordLeadTouch(
  tx: Db,
  workspaceId: string,
  touch: LeadTouch,
  now: Date,
): Promise<boolean> {
  if (!TOUCH_TYPES.includes(touch.activityType)) return false;
  const lead = await findLead(tx, workspaceId, touch.leadId, true);
  if (!lead || lead.status !== 'new') return false;
  const passed = statusPath('new', 'contacted');
  const at = new Date(Math.max(touch.doneAt.getTime(), lead.createdAt.getTime()));
  const updated = (await updateLead(
    tx,
    workspaceId,
    lead.id,
    { status: 'contacted', firstContactedAt: lead.firstContactedAt ?? at },
    undefined,
    now,
  ))!;
  const dims = await leadDimensions(tx, updated);
  await appendEvents(
    tx,
    workspaceId,
    passed.map((status) => ({
      ...dims,
      type: `lead.${status}` as const,
      occurredAt: at,
      actorId: touch.actorId,
      durationSeconds: secondsToFirstContact(lead.createdAt, at),
      payload: { via: 'activity', activityType: touch.activityType },
    })),
  );
  return true;
}

/** An activity done on a lead elsewhere (the conveyor's activities) is a touch of that lead. */
export const touchLeadOnActivity: Reaction<'activity.done_on_lead'> = async (
  { workspaceId, ...touch },
  { tx, clock },
) => {
  await recordLeadTouch(tx, workspaceId, touch, clock.now());
};
