import { EVENT_TYPES, type EventType } from '../../../contract/event-types.ts';
import type { FieldError } from '../../../kernel/domain/errors.ts';
import type { GroupMode, Cadence } from '../../../contract/map.ts';

// A process group of the map (DOMAIN.md §1): one result, an owner, standing on a cadence or
// triggered by an event, linked output → input to the groups that follow it.

export interface GroupTiming {
  mode: GroupMode;
  cadence: Cadence | null;
  trigger: string | null;
}

/**
 * A standing group runs on a cadence; a triggered one starts on an event. Asking for both, or
 * for neither, is a mistake the user must see, not a silent default.
 */
export function timingErrors(timing: GroupTiming): FieldError[] {
  const errors: FieldError[] = [];
  if (timing.mode === 'standing') {
    if (timing.cadence === null)
      errors.push({ path: 'cadence', message: 'A standing group needs a cadence' });
    if (timing.trigger !== null)
      errors.push({ path: 'trigger', message: 'Only a triggered group has a trigger event' });
  } else {
    if (timing.trigger === null)
      errors.push({ path: 'trigger', message: 'A triggered group needs the event that starts it' });
    else if (!(EVENT_TYPES as readonly string[]).includes(timing.trigger))
      errors.push({ path: 'trigger', message: `Unknown event type "${timing.trigger}"` });
    if (timing.cadence !== null)
      errors.push({ path: 'cadence', message: 'Only a standing group has a cadence' });
  }
  return errors;
}

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

/** Links to the next groups: no self links, no duplicates. */
export function linkErrors(groupId: string | null, next: readonly string[]): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  next.forEach((id, i) => {
    if (id === groupId) errors.push({ path: `next.${i}`, message: 'A group cannot feed itself' });
    else if (seen.has(id)) errors.push({ path: `next.${i}`, message: 'Listed twice' });
    seen.add(id);
  });
  return errors;
}
