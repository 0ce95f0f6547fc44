import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type Contact = components['schemas']['Contact'];
export type NewContact = NonNullable<
  paths['/api/v1/contacts']['post']['requestBody']
>['content']['application/json'];
export type ContactChanges = NonNullable<
  paths['/api/v1/contacts/{id}']['patch']['requestBody']
>['content']['application/json'];

export const contactQuery = (id: string) =>
  queryOptions({
    queryKey: ['contacts', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/contacts/{id}', { params: { path: { id } } })),
  });

/** `GET /contacts?q=…&companyId=…` page by page. */
export const contactListQuery = (filter: { q?: string; companyId?: string }, limit = 50) =>
  infiniteQueryOptions({
    queryKey: ['contacts', 'list', filter.q ?? '', filter.companyId ?? '', limit],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/contacts', {
          params: {
            query: {
              q: filter.q || undefined,
              companyId: filter.companyId,
              limit,
              cursor: pageParam,
            },
          },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function createContact(body: NewContact): Promise<Contact> {
  return unwrap(api.POST('/api/v1/contacts', { body }));
}

export function updateContact(contact: Contact, body: ContactChanges): Promise<Contact> {
  return unwrap(
    api.PATCH('/api/v1/contacts/{id}', {
      params: { path: { id: contact.id } },
      headers: ifMatch(contact.version),
      body,
    }),
  );
}
