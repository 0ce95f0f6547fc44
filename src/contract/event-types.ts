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
  // Notes and files on a deal: payload { noteId } / { fileId, name }; note.mentioned once per
  // member a note newly mentions, payload { noteId, userId }.
  'note.added',
  'note.mentioned',
  'file.added',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

/** Bookkeeping facts nobody measures a process by: not offered for lamps or triggers. */
export const BOOKKEEPING_EVENT_TYPES = [
  'workspace.created',
  'user.created',
  'company.updated',
  'contact.updated',
  'note.added',
  'note.mentioned',
  'file.added',
] as const satisfies readonly EventType[];

/** The event types a lamp can count or a triggered group can start on: all but bookkeeping. */
export const MEASURABLE_EVENT_TYPES: readonly EventType[] = EVENT_TYPES.filter(
  (type) => !(BOOKKEEPING_EVENT_TYPES as readonly EventType[]).includes(type),
);
