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

/**
 * Metric-only event names: each stands for any of the stored types it lists and is never stored
 * itself. A ratio's parts are single counts, so "won ÷ (won + lost)" (API.md: a win rate) needs
 * a count of closed deals; counting won or lost rows of the log reads it without a second copy.
 */
export const COMPOSITE_EVENTS = {
  'deal.closed': ['deal.won', 'deal.lost'],
  // A lead's qualification decided either way: sales-qualified or disqualified.
  'lead.decided': ['lead.sql', 'lead.disqualified'],
} as const satisfies Record<string, readonly EventType[]>;
export type CompositeEventType = keyof typeof COMPOSITE_EVENTS;

/** What a lamp may count: a stored event type or a composite of them. */
export type MetricEventType = EventType | CompositeEventType;

export const METRIC_EVENT_TYPES: readonly MetricEventType[] = [
  ...EVENT_TYPES,
  ...(Object.keys(COMPOSITE_EVENTS) as CompositeEventType[]),
];

/** The stored event types a metric's event name reads. */
export function storedTypesOf(type: MetricEventType): readonly EventType[] {
  return type in COMPOSITE_EVENTS
    ? COMPOSITE_EVENTS[type as CompositeEventType]
    : [type as EventType];
}
