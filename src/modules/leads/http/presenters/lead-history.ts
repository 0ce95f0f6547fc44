import type { LeadHistoryEntry } from '../../app/list-lead-history.ts';
import type { EventType } from '../../../../contract/event-types.ts';
import { ASSIGNMENT_HOWS } from '../../../../contract/leads.ts';
import { TOUCH_TYPES } from '../../../../contract/activities.ts';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);

/** One timeline item of a lead: the facts a reader needs, by event type; others are null. */
export function presentLeadHistoryItem(e: LeadHistoryEntry) {
  const p = e.payload;
  const type = e.type as EventType;
  const touch = TOUCH_TYPES.find((t) => t === p.activityType) ?? null;
  const isCall = type === 'call.answered' || type === 'call.missed';
  return {
    id: e.id,
    type,
    occurredAt: e.occurredAt.toISOString(),
    actor: e.actorId ? { id: e.actorId, name: e.actorName ?? '' } : null,
    ownerId: e.ownerId,
    source:
      type === 'lead.created'
        ? { channel: e.channel, medium: e.medium, campaign: e.campaign }
        : null,
    origin:
      type === 'lead.created'
        ? {
            formId: text(p.formId),
            formName: text(p.formId) ? e.formName : null,
            utmSource: text(p.utmSource),
            callId: text(p.callId),
            importId: text(p.importId),
          }
        : null,
    secondsToFirstContact: type === 'lead.contacted' ? e.durationSeconds : null,
    contactedBy: type === 'lead.contacted' && p.via === 'activity' ? touch : null,
    reason: type === 'lead.disqualified' ? text(p.reason) : null,
    dealId: type === 'lead.converted' ? e.dealId : null,
    activity:
      e.activityId && e.activityType && !isCall
        ? {
            id: e.activityId,
            type: e.activityType,
            subject: e.activitySubject,
            logged: type === 'activity.created' && p.logged === true,
          }
        : null,
    assignment: type === 'lead.assigned' ? assignmentOf(e) : null,
    call: isCall
      ? {
          direction: text(p.direction),
          status: text(p.status),
          durationSeconds: e.durationSeconds,
        }
      : null,
  };
}

function assignmentOf(e: LeadHistoryEntry) {
  const p = e.payload;
  const person = (id: string | null, name: string | null) => (id ? { id, name } : null);
  return {
    how: ASSIGNMENT_HOWS.find((h) => h === p.how) ?? 'manual',
    from: person(text(p.fromOwnerId), e.fromOwnerName),
    to: person(text(p.toOwnerId), e.toOwnerName),
  };
}
