import {
  COMPOSITE_EVENTS,
  MEASURABLE_EVENT_TYPES,
  type EventType,
  type MetricEventType,
} from '../../../../contract/event-types.ts';

/** A new company or contact: a record of the address book rather than a step of the process. */
const isRecordEvent = (type: EventType) =>
  type.startsWith('company.') || type.startsWith('contact.');

/**
 * The event types a lamp can count or a triggered group can start on (the contract's measurable
 * ones), in the order the pickers offer them: the process's steps first, the address book's last.
 */
export const MAP_EVENT_TYPES: readonly EventType[] = [
  ...MEASURABLE_EVENT_TYPES.filter((type) => !isRecordEvent(type)),
  ...MEASURABLE_EVENT_TYPES.filter(isRecordEvent),
];

/** What a lamp can count: the stored types above, then each composite (deal closed = won or
 * lost) right after the last type it stands for. */
export const LAMP_EVENT_TYPES: readonly MetricEventType[] = MAP_EVENT_TYPES.flatMap((type) => [
  type,
  ...(Object.entries(COMPOSITE_EVENTS) as [MetricEventType, readonly EventType[]][])
    .filter(([, parts]) => parts[parts.length - 1] === type)
    .map(([composite]) => composite),
]);

/** The i18n key of an event type's name: `deal.won` → `map.event.deal_won`. */
export function eventKey(type: string): string {
  return `map.event.${type.replace('.', '_')}`;
}
