// The closed catalogue of event types (DESIGN.md, "The event log"). Lamps, reports and the
// audit trail read these; a new fact needs a new type here, never a rewrite of history.
export const EVENT_TYPES = [
  'workspace.created',
  'user.created',
  'company.created',
  'company.updated',
  'contact.created',
  'contact.updated',
  'lead.created',
  // Every change of a lead's owner: payload { how: routing|queue|manual, fromOwnerId, toOwnerId }.
  'lead.assigned',
  'lead.contacted',
  'lead.replied',
  'lead.mql',
  'lead.sql',
  'lead.disqualified',
  'lead.converted',
  'deal.created',
  'deal.updated',
  'deal.stage_entered',
  'deal.won',
  'deal.lost',
  'deal.reopened',
  'deal.gate_overridden',
  'activity.created',
  'activity.completed',
  'call.answered',
  'call.missed',
  'ticket.opened',
  'ticket.closed',
  'survey.answered',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** A fact to append. Subject and dimension fields are optional; payload holds the rest. */
export interface NewEvent {
  type: EventType;
  occurredAt: Date;
  actorId: string | null;
  leadId?: string | null;
  dealId?: string | null;
  contactId?: string | null;
  companyId?: string | null;
  activityId?: string | null;
  ownerId?: string | null;
  teamId?: string | null;
  pipelineId?: string | null;
  stageId?: string | null;
  fromStageId?: string | null;
  channel?: string | null;
  medium?: string | null;
  campaign?: string | null;
  activityType?: string | null;
  amount?: number | null;
  durationSeconds?: number | null;
  payload?: Record<string, unknown>;
}
