import { CHANNELS, type Channel } from '../../../contract/sources.ts';
import type { LeadStatus } from './api/types.ts';
import { LEAD_STATUSES } from './lead-status.ts';

export const AGES = ['today', 'week', 'olderWeek', 'olderMonth'] as const;
export type Age = (typeof AGES)[number];

/** The inbox filters, kept in the URL. */
export interface LeadFilters {
  status?: LeadStatus | 'open';
  ownerId?: string;
  channel?: Channel;
  unassigned?: boolean;
  age?: Age;
}

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The inbox filters from the URL's search, unknown values dropped. */
export function leadFiltersFrom(search: Record<string, unknown>): LeadFilters {
  const status = oneOf([...LEAD_STATUSES, 'open'] as const, search.status);
  return {
    ...(status ? { status } : {}),
    ...(typeof search.ownerId === 'string' && search.ownerId ? { ownerId: search.ownerId } : {}),
    ...(oneOf(CHANNELS, search.channel) ? { channel: search.channel as Channel } : {}),
    ...(search.unassigned === true || search.unassigned === 'true' ? { unassigned: true } : {}),
    ...(oneOf<Age>(AGES, search.age) ? { age: search.age as Age } : {}),
  };
}

const DAY = 86_400_000;

/** An age choice as the API's createdAfter / createdBefore bounds, relative to `now`. */
export function ageBounds(age: Age | undefined, now: Date): { after?: string; before?: string } {
  if (!age) return {};
  if (age === 'today') {
    const start = new Date(now);
    start.setHours(0, 0, 0, 0);
    return { after: start.toISOString() };
  }
  if (age === 'week') return { after: new Date(now.getTime() - 7 * DAY).toISOString() };
  if (age === 'olderWeek') return { before: new Date(now.getTime() - 7 * DAY).toISOString() };
  return { before: new Date(now.getTime() - 30 * DAY).toISOString() };
}
