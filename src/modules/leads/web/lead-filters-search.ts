import { AGES, type Age, LEAD_STATUSES, type LeadFilters } from './leads-api.ts';

export type { LeadFilters };

const oneOf = <T extends string>(list: readonly T[], v: unknown): T | undefined =>
  typeof v === 'string' && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/** The inbox filters from the URL's search, unknown values dropped. */
export function leadFiltersFrom(search: Record<string, unknown>): LeadFilters {
  const status = oneOf([...LEAD_STATUSES, 'open'] as const, search.status);
  return {
    ...(status ? { status } : {}),
    ...(typeof search.ownerId === 'string' && search.ownerId ? { ownerId: search.ownerId } : {}),
    ...(oneOf(['inbound', 'outbound'] as const, search.channel)
      ? { channel: search.channel as 'inbound' | 'outbound' }
      : {}),
    ...(search.unassigned === true || search.unassigned === 'true' ? { unassigned: true } : {}),
    ...(oneOf<Age>(AGES, search.age) ? { age: search.age as Age } : {}),
  };
}
