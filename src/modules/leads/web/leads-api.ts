import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../kernel/web/lib/api-schema.gen.ts';

export type Lead = components['schemas']['Lead'];
export type LeadStatus = Lead['status'];
export type LeadHistoryItem = components['schemas']['LeadHistoryItem'];
export type LeadLoad = components['schemas']['LeadLoad'];
export type LeadChanges = NonNullable<
  paths['/api/v1/leads/{id}']['patch']['requestBody']
>['content']['application/json'];
export type NewLead = NonNullable<
  paths['/api/v1/leads']['post']['requestBody']
>['content']['application/json'];

/** The qualification ladder, in order; a lead moves forward only. */
export const LEAD_STEPS = ['new', 'contacted', 'replied', 'mql', 'sql'] as const;
export type LeadTarget = Exclude<(typeof LEAD_STEPS)[number], 'new'>;
export const LEAD_STATUSES = [...LEAD_STEPS, 'converted', 'disqualified'] as const;
export const AGES = ['today', 'week', 'olderWeek', 'olderMonth'] as const;
export type Age = (typeof AGES)[number];

export function isOpen(status: LeadStatus): boolean {
  return (LEAD_STEPS as readonly string[]).includes(status);
}

/** The inbox filters, kept in the URL. */
export interface LeadFilters {
  status?: LeadStatus | 'open';
  ownerId?: string;
  channel?: 'inbound' | 'outbound';
  unassigned?: boolean;
  age?: Age;
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

/** `GET /leads` with the inbox filters, page by page (newest first). */
export const leadListQuery = (filters: LeadFilters) =>
  infiniteQueryOptions({
    queryKey: ['leads', 'list', filters],
    queryFn: ({ pageParam }) => {
      const bounds = ageBounds(filters.age, new Date());
      return unwrap(
        api.GET('/api/v1/leads', {
          params: {
            query: {
              limit: 50,
              cursor: pageParam,
              status: filters.status,
              ownerId: filters.ownerId,
              channel: filters.channel,
              unassigned: filters.unassigned ? 'true' : undefined,
              createdAfter: bounds.after,
              createdBefore: bounds.before,
            },
          },
        }),
      );
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  });

export const leadQuery = (id: string) =>
  queryOptions({
    queryKey: ['leads', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/leads/{id}', { params: { path: { id } } })),
  });

/** Each hunter's open leads against their limit, and the queue (managers and admins). */
export const leadLoadQuery = queryOptions({
  queryKey: ['leads', 'load'],
  queryFn: () => unwrap(api.GET('/api/v1/leads/load')),
});

/** A lead's timeline, newest first, 20 at a time (under ['leads'], refreshed with the lead). */
export const leadHistoryQuery = (leadId: string) =>
  infiniteQueryOptions({
    queryKey: ['leads', 'history', leadId],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/leads/{id}/history', {
          params: { path: { id: leadId }, query: { limit: 20, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** A lead's activities in one state (`planned` includes overdue ones), up to 200. */
export const leadActivitiesQuery = (leadId: string, state: 'planned' | 'done') =>
  queryOptions({
    queryKey: ['activities', 'lead', leadId, state],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/v1/activities', { params: { query: { leadId, state, limit: 200 } } }),
        )
      ).items,
  });

export function createLead(body: NewLead): Promise<Lead> {
  return unwrap(api.POST('/api/v1/leads', { body }));
}

/** Edits a lead with `If-Match` (a stale version → 412 `version_conflict`). */
export function saveLead(lead: Lead, body: LeadChanges): Promise<Lead> {
  return unwrap(
    api.PATCH('/api/v1/leads/{id}', {
      params: { path: { id: lead.id } },
      headers: ifMatch(lead.version),
      body,
    }),
  );
}

export function setLeadStatus(lead: Lead, status: LeadTarget): Promise<Lead> {
  return unwrap(
    api.POST('/api/v1/leads/{id}/status', {
      params: { path: { id: lead.id } },
      headers: ifMatch(lead.version),
      body: { status },
    }),
  );
}

export function disqualifyLead(lead: Lead, reason: string): Promise<Lead> {
  return unwrap(
    api.POST('/api/v1/leads/{id}/disqualify', {
      params: { path: { id: lead.id } },
      headers: ifMatch(lead.version),
      body: { reason },
    }),
  );
}

export function convertLead(
  lead: Lead,
  body: { pipelineId: string; title?: string; value?: number | null; currency?: string },
) {
  return unwrap(
    api.POST('/api/v1/leads/{id}/convert', {
      params: { path: { id: lead.id } },
      headers: ifMatch(lead.version),
      body,
    }),
  );
}

export function logLeadActivity(body: {
  type: 'call' | 'meeting' | 'email' | 'task';
  subject: string;
  leadId: string;
  contactId?: string;
  doneAt?: string;
  dueAt?: string;
  outcome?: string;
}) {
  return unwrap(api.POST('/api/v1/activities', { body }));
}
