import { infiniteQueryOptions, keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, ifMatch, unwrap } from '../../../../kernel/web/lib/api-client.ts';
import type { components, paths } from '../../../../kernel/web/lib/api-schema.gen.ts';

export type Company = components['schemas']['Company'];
export type NewCompany = NonNullable<
  paths['/api/v1/companies']['post']['requestBody']
>['content']['application/json'];
export type CompanyChanges = NonNullable<
  paths['/api/v1/companies/{id}']['patch']['requestBody']
>['content']['application/json'];

export const PAGE_SIZE = 50;

export const companyQuery = (id: string) =>
  queryOptions({
    queryKey: ['companies', 'detail', id],
    queryFn: () => unwrap(api.GET('/api/v1/companies/{id}', { params: { path: { id } } })),
  });

/** `GET /companies?q=…` page by page ("load more" follows `nextCursor`). */
export const companyListQuery = (q: string, limit = PAGE_SIZE) =>
  infiniteQueryOptions({
    queryKey: ['companies', 'list', q, limit],
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET('/api/v1/companies', {
          params: { query: { q: q || undefined, limit, cursor: pageParam } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
    staleTime: 0,
  });

export function createCompany(body: NewCompany): Promise<Company> {
  return unwrap(api.POST('/api/v1/companies', { body }));
}

export function updateCompany(company: Company, body: CompanyChanges): Promise<Company> {
  return unwrap(
    api.PATCH('/api/v1/companies/{id}', {
      params: { path: { id: company.id } },
      headers: ifMatch(company.version),
      body,
    }),
  );
}
