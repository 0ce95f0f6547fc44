// The event types a lamp can count or a triggered group can start on (the server's closed
// catalogue, less the bookkeeping ones nobody measures a process by).
export const MAP_EVENT_TYPES = [
  'lead.created',
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
  'company.created',
  'contact.created',
] as const;

/** The i18n key of an event type's name: `deal.won` → `map.event.deal_won`. */
export function eventKey(type: string): string {
  return `map.event.${type.replace('.', '_')}`;
}
